package io.github.crmstrategy.report.internal;

import io.github.crmstrategy.rules.RouteDifference;
import io.github.crmstrategy.rules.RoutePhase;
import io.github.crmstrategy.rules.RouteProposal;
import io.github.crmstrategy.text.Languages;
import io.github.crmstrategy.text.Messages;
import io.github.crmstrategy.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The route's words in one language. The review gives the fit, the differences and the phases'
 * names in English; in another language they are said again from the proposal's values (the fit) or
 * from the English, whose forms the review fixes (the differences, the names of phases without
 * capabilities); what does not read as one of those forms stays English.
 */
public final class RouteWords {
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

  /** The words in {@code locale}'s language (Russian for {@code ru}, else English). */
  public RouteWords(Locale locale) {
    this.texts = Messages.of(ReportTexts.REPORT, locale, RouteWords.class.getClassLoader());
  }

  /** Whether the words are English. */
  public boolean english() {
    return texts.locale().equals(Languages.ENGLISH);
  }

  /** The text {@code key} of the report bundle with alternating names and values. */
  public String t(String key, Object... args) {
    // Decimals in Russian prose take a comma ("1,5 года"), as the report's texts do.
    return texts.get(key, Numbers.argumentsInLanguage(texts.locale(), args));
  }

  /** A block: its id in English, its name in Russian. */
  public String block(io.github.crmstrategy.model.BuildingBlock b) {
    return english() ? b.id() : t("block." + b.id());
  }

  /** Whether the route fits the horizon, in words. */
  public String fit(RouteProposal route) {
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
                    java.time.temporal.ChronoUnit.DAYS.between(route.from().get(), route.to().get())
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

  /** Where the plan's roadmap differs, in words. */
  public String difference(RouteDifference d) {
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
   * A phase's name: its capabilities' names joined in the language ("A and B", "A, B and 2 more"),
   * or the name of a phase without capabilities.
   */
  public String phaseName(RoutePhase p) {
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
