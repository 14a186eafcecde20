package io.github.crmstrategy.report;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.report.internal.JsonReport;
import io.github.crmstrategy.report.internal.RouteHtml;
import io.github.crmstrategy.rules.RouteDifference;
import io.github.crmstrategy.rules.RoutePhase;
import io.github.crmstrategy.rules.RouteProposal;
import io.github.crmstrategy.rules.RouteStep;
import io.github.crmstrategy.text.Languages;
import io.github.crmstrategy.text.Messages;
import io.github.crmstrategy.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a draft route ({@link RouteProposal}): as a YAML {@code roadmap:} fragment to paste into
 * the plan in place of its roadmap (one milestone per phase, its level steps and indicator targets
 * as comments), as text, as JSON ({@code formatVersion}, {@code plan} and the proposal), and as an
 * HTML page with the proposed phases drawn above the plan's own on one time axis.
 */
public final class RouteRenderer {
  /** The bundle of the route's words (the report's texts). */
  private static final String BUNDLE = "io.github.crmstrategy.report.i18n.report";

  private RouteRenderer() {}

  /**
   * The {@code roadmap:} fragment of {@code route}: comments with the fit and the differences, then
   * one milestone per phase ({@code id}, {@code name}, {@code due}, {@code delivers}). Pasted in
   * place of the plan's {@code roadmap:}, it gives a valid plan.
   */
  public static String yaml(RouteProposal route) {
    return yaml(route, Languages.ENGLISH);
  }

  /**
   * The {@code roadmap:} fragment of {@code route} as {@link #yaml(RouteProposal)} gives it, its
   * comments and the phases' names in {@code locale}'s language (Russian for {@code ru}, else
   * English); ids, dates and keys are the same in every language.
   */
  public static String yaml(RouteProposal route, Locale locale) {
    Words w = new Words(locale);
    StringBuilder out = new StringBuilder();
    out.append("# ")
        .append(w.t("draft.yamlTitle", "organization", oneLine(route.organization())))
        .append('\n');
    for (String l : wrapLines(w.fit(route), 96)) {
      out.append("# ").append(l).append('\n');
    }
    if (!route.differences().isEmpty()) {
      out.append("# ").append(w.t("draft.differs")).append('\n');
      for (RouteDifference d : route.differences()) {
        List<String> lines = wrapLines(w.difference(d), 92);
        for (int i = 0; i < lines.size(); i++) {
          out.append(i == 0 ? "#   - " : "#     ").append(lines.get(i)).append('\n');
        }
      }
    }
    out.append("roadmap:\n  milestones:\n");
    for (RoutePhase p : route.phases()) {
      List<String> notes = new ArrayList<>();
      if (!p.levelSteps().isEmpty()) {
        notes.add(w.t("draft.levelSteps", "steps", steps(p.levelSteps(), w)));
      }
      if (!p.indicators().isEmpty()) {
        notes.add(w.t("draft.targetsDue", "indicators", String.join(", ", p.indicators())));
      }
      if (!p.withinHorizon()) {
        notes.add(w.t("draft.afterHorizonNote"));
      }
      for (String n : notes) {
        for (String l : wrapLines(n, 92)) {
          out.append("    # ").append(l).append('\n');
        }
      }
      out.append("    - id: ").append(quote(p.id())).append('\n');
      out.append("      name: ").append(quote(w.phaseName(p))).append('\n');
      p.end().ifPresent(d -> out.append("      due: ").append(d).append('\n'));
      out.append("      delivers: [")
          .append(String.join(", ", p.capabilities().stream().map(RouteRenderer::quote).toList()))
          .append("]\n");
    }
    return out.toString();
  }

  /** The route as text: the fit, each phase with its dates and contents, the differences. */
  public static String text(RouteProposal route) {
    return text(route, Languages.ENGLISH);
  }

  /** The route as text in {@code locale}'s language (Russian for {@code ru}, else English). */
  public static String text(RouteProposal route, Locale locale) {
    Words w = new Words(locale);
    StringBuilder out = new StringBuilder();
    out.append(w.t("draft.textTitle", "organization", route.organization())).append('\n');
    for (String l : wrapLines(w.fit(route), 98)) {
      out.append(l).append('\n');
    }
    for (RoutePhase p : route.phases()) {
      out.append('\n')
          .append(p.id())
          .append("  ")
          .append(
              w.t(
                  "draft.span",
                  "from",
                  p.start().map(Object::toString).orElse("?"),
                  "to",
                  p.end().map(Object::toString).orElse("?")))
          .append(p.withinHorizon() ? "" : "  (" + w.t("draft.afterHorizon") + ")")
          .append('\n');
      out.append("    ").append(w.phaseName(p)).append('\n');
      if (!p.capabilities().isEmpty()) {
        out.append("    ")
            .append(w.t("draft.delivers", "capabilities", String.join(", ", p.capabilities())))
            .append('\n');
      }
      if (!p.levelSteps().isEmpty()) {
        for (String l : wrapLines(w.t("draft.levelSteps", "steps", steps(p.levelSteps(), w)), 94)) {
          out.append("    ").append(l).append('\n');
        }
      }
      if (!p.indicators().isEmpty()) {
        out.append("    ")
            .append(w.t("draft.targets", "indicators", String.join(", ", p.indicators())))
            .append('\n');
      }
    }
    if (!route.differences().isEmpty()) {
      out.append('\n').append(w.t("draft.differs")).append('\n');
      for (RouteDifference d : route.differences()) {
        List<String> lines = wrapLines(w.difference(d), 94);
        for (int i = 0; i < lines.size(); i++) {
          out.append(i == 0 ? "  - " : "    ").append(lines.get(i)).append('\n');
        }
      }
    }
    return out.toString();
  }

  /**
   * The route as a self-contained HTML page from {@code theme}'s {@code route} template: the fit, a
   * timeline of the proposed phases and their level steps above the dated phases of {@code plan}'s
   * own roadmap, the phases as a table and the differences. {@code name} is the plan's file or
   * sample name.
   */
  public static String html(
      String name, PlanDocument plan, RouteProposal route, ReportTheme theme) {
    return RouteHtml.render(name, plan, route, theme);
  }

  /** The route as a JSON object: {@code formatVersion}, {@code plan} and the proposal's keys. */
  public static String json(String plan, RouteProposal route) {
    var root = JsonReport.MAPPER.createObjectNode();
    root.put("formatVersion", ReportRenderer.JSON_FORMAT_VERSION);
    root.put("plan", plan);
    root.setAll(
        (com.fasterxml.jackson.databind.node.ObjectNode) JsonReport.MAPPER.valueToTree(route));
    return JsonReport.write(root);
  }

  private static String steps(List<RouteStep> steps, Words w) {
    return String.join(
        ", ", steps.stream().map(s -> w.block(s.block()) + " " + s.level()).toList());
  }

  /**
   * The route's words in one language. The review gives the fit, the differences and the phases'
   * names in English; in another language they are said again from the proposal's values (the fit)
   * or from the English, whose forms the review fixes (the differences, the names of phases without
   * capabilities); what does not read as one of those forms stays English.
   */
  private static final class Words {
    private static final Pattern NOT_ON_ROADMAP =
        Pattern.compile(
            "No milestone of the roadmap delivers (\\S+); the proposal delivers it in phase"
                + " (\\S+?)(?: by (\\d{4}-\\d{2}-\\d{2}))?");
    private static final Pattern ORDER =
        Pattern.compile(
            "The roadmap delivers (\\S+) on (\\S+) \\(milestone (\\S+)\\), no later than (\\S+)"
                + " it depends on \\((\\S+)\\)");
    private static final Pattern PHASE =
        Pattern.compile(
            "The roadmap delivers (\\S+) on (\\S+) \\(milestone (\\S+)\\); the proposal delivers"
                + " it in phase (\\S+), (\\S+) to (\\S+)");
    private static final Pattern INDICATOR =
        Pattern.compile(
            "The target of (\\S+) falls due on (\\S+), no later than the roadmap delivers (.+)"
                + " that drive it \\((\\S+)\\): the benefit is asked for before it can come");

    private final Messages texts;

    Words(Locale locale) {
      this.texts = Messages.of(BUNDLE, locale, RouteRenderer.class.getClassLoader());
    }

    boolean english() {
      return texts.locale().equals(Languages.ENGLISH);
    }

    String t(String key, Object... args) {
      return texts.get(key, args);
    }

    String block(io.github.crmstrategy.model.BuildingBlock b) {
      return english() ? b.id() : t("block." + b.id());
    }

    String fit(RouteProposal route) {
      if (english()) {
        return route.fit();
      }
      String ypl = Numbers.upToTwoDecimals(route.yearsPerLevel());
      if (route.from().isEmpty()
          || route.to().isEmpty()
          || !route.to().get().isAfter(route.from().get())) {
        return t(route.from().isEmpty() ? "draft.fitNoStart" : "draft.fitNoEnd", "pace", ypl);
      }
      String years =
          Numbers.upToTwoDecimals(
              Math.round(
                      java.time.temporal.ChronoUnit.DAYS.between(
                              route.from().get(), route.to().get())
                          / 365.25
                          * 10)
                  / 10.0);
      if (route.fitsHorizon()) {
        return t(
            "draft.fits",
            "count",
            route.phases().size(),
            "from",
            route.from().get(),
            "to",
            route.to().get(),
            "years",
            years,
            "pace",
            ypl);
      }
      List<String> outside = new ArrayList<>();
      for (RoutePhase p : route.phases()) {
        if (p.withinHorizon()) {
          continue;
        }
        p.capabilities().forEach(c -> outside.add(t("draft.outsideCapability", "id", c)));
        p.levelSteps()
            .forEach(
                st ->
                    outside.add(
                        t("draft.outsideStep", "block", block(st.block()), "level", st.level())));
        p.indicators().forEach(x -> outside.add(t("draft.outsideTarget", "id", x)));
      }
      return t(
          "draft.doesNotFit",
          "to",
          route.to().get(),
          "years",
          years,
          "from",
          route.from().get(),
          "outside",
          String.join(", ", outside),
          "pace",
          ypl);
    }

    String difference(RouteDifference d) {
      if (english()) {
        return d.text();
      }
      Matcher m =
          switch (d.kind()) {
            case NOT_ON_ROADMAP -> NOT_ON_ROADMAP.matcher(d.text());
            case ORDER -> ORDER.matcher(d.text());
            case PHASE -> PHASE.matcher(d.text());
            case INDICATOR_BEFORE_CAPABILITY -> INDICATOR.matcher(d.text());
          };
      if (!m.matches()) {
        return d.text();
      }
      return switch (d.kind()) {
        case NOT_ON_ROADMAP ->
            t(
                m.group(3) == null ? "draft.notOnRoadmap" : "draft.notOnRoadmapBy",
                "capability",
                m.group(1),
                "phase",
                m.group(2),
                "date",
                m.group(3) == null ? "" : m.group(3));
        case ORDER ->
            t(
                "draft.order",
                "capability",
                m.group(1),
                "date",
                m.group(2),
                "milestone",
                m.group(3),
                "dependency",
                m.group(4),
                "dependencyDate",
                m.group(5));
        case PHASE ->
            t(
                "draft.phase",
                "capability",
                m.group(1),
                "date",
                m.group(2),
                "milestone",
                m.group(3),
                "phase",
                m.group(4),
                "from",
                m.group(5),
                "to",
                m.group(6));
        case INDICATOR_BEFORE_CAPABILITY ->
            t(
                "draft.indicator",
                "indicator",
                m.group(1),
                "date",
                m.group(2),
                "capabilities",
                m.group(3),
                "delivered",
                m.group(4));
      };
    }

    /**
     * A phase's name: its capabilities' names joined in the language ("A and B", "A, B and 2
     * more"), or the name of a phase without capabilities.
     */
    String phaseName(RoutePhase p) {
      if (english()) {
        return p.name();
      }
      int n = p.capabilities().size();
      String name = p.name();
      if (n == 0) {
        return switch (name) {
          case "Benefits and level steps" -> t("draft.nameBenefitsAndSteps");
          case "Level steps" -> t("draft.nameSteps");
          case "Benefits: indicator targets" -> t("draft.nameBenefits");
          case "Consolidation" -> t("draft.nameConsolidation");
          default -> name;
        };
      }
      if (n == 2 && name.indexOf(" and ") == name.lastIndexOf(" and ") && name.contains(" and ")) {
        int at = name.indexOf(" and ");
        return t("draft.nameTwo", "first", name.substring(0, at), "second", name.substring(at + 5));
      }
      String more = " and " + (n - 2) + " more";
      if (n > 2 && name.endsWith(more)) {
        return t(
            "draft.nameMore",
            "first",
            name.substring(0, name.length() - more.length()),
            "count",
            n - 2);
      }
      return name;
    }
  }

  /** A YAML double-quoted scalar. */
  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : oneLine(s).toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('"').toString();
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n\\t]+", " ").replaceAll("\\p{Cntrl}", "").strip();
  }

  private static List<String> wrapLines(String text, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : oneLine(text).split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }
}
