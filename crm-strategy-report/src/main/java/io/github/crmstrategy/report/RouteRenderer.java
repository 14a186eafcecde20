package io.github.crmstrategy.report;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.report.internal.Formatting;
import io.github.crmstrategy.report.internal.JsonReport;
import io.github.crmstrategy.report.internal.RouteHtml;
import io.github.crmstrategy.report.internal.RouteWords;
import io.github.crmstrategy.rules.RouteDifference;
import io.github.crmstrategy.rules.RoutePhase;
import io.github.crmstrategy.rules.RouteProposal;
import io.github.crmstrategy.rules.RouteStep;
import io.github.crmstrategy.text.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a draft route ({@link RouteProposal}): as a YAML {@code roadmap:} fragment to paste into
 * the plan in place of its roadmap (one milestone per phase, its level steps and indicator targets
 * as comments), as text, as JSON ({@code formatVersion}, {@code plan} and the proposal), and as an
 * HTML page with the proposed phases drawn above the plan's own on one time axis.
 */
public final class RouteRenderer {
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
    RouteWords w = new RouteWords(locale);
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
    RouteWords w = new RouteWords(locale);
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
    return html(name, plan, route, theme, Languages.ENGLISH);
  }

  /**
   * The route's HTML page as {@link #html(String, PlanDocument, RouteProposal, ReportTheme)} gives
   * it, in {@code locale}'s language (Russian for {@code ru}, else English): the page's words from
   * {@code theme}'s labels of that language, the fit, the differences and the phases' names as
   * {@link #text(RouteProposal, Locale)} says them.
   */
  public static String html(
      String name, PlanDocument plan, RouteProposal route, ReportTheme theme, Locale locale) {
    return RouteHtml.render(name, plan, route, theme, locale);
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

  private static String steps(List<RouteStep> steps, RouteWords w) {
    return String.join(
        ", ", steps.stream().map(s -> w.block(s.block()) + " " + s.level()).toList());
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
    return Formatting.wrapLines(oneLine(text), width);
  }
}
