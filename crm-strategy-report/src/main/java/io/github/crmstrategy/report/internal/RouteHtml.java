package io.github.crmstrategy.report.internal;

import static io.github.crmstrategy.report.internal.HtmlReport.fmt;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.report.ReportTheme;
import io.github.crmstrategy.rules.RouteDifference;
import io.github.crmstrategy.rules.RoutePhase;
import io.github.crmstrategy.rules.RouteProposal;
import io.github.crmstrategy.rules.RouteStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The draft route as an HTML page from the theme's {@code route} template: the fit, a timeline of
 * the proposed phases (with the level steps they bring) above the plan's own dated phases on one
 * time axis, the phases as a table, and where the plan's roadmap differs.
 */
public final class RouteHtml {
  private RouteHtml() {}

  private static final double LEFT = 210;
  private static final double LANE = 30;
  private static final double TOP = 26;

  /** The page in {@code locale}'s language (Russian for {@code ru}, else English). */
  public static String render(
      String name, PlanDocument plan, RouteProposal route, ReportTheme theme, Locale locale) {
    return theme.render(
        "route",
        model(
            name,
            plan,
            route,
            theme,
            new HtmlTexts(theme, ReportTexts.of(locale)),
            new RouteWords(locale)));
  }

  static Map<String, Object> model(
      String name,
      PlanDocument plan,
      RouteProposal route,
      ReportTheme theme,
      HtmlTexts h,
      RouteWords w) {
    ReportTexts x = h.report();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("language", h.locale().getLanguage());
    m.put("text", h.templateTexts());
    m.put("title", h.l("text.routeTitle", "organization", route.organization()));
    // Sentences with apostrophes or markup, escaped for element content only.
    for (String key :
        List.of(
            "routeTimelineHeading",
            "routeChartTitle",
            "routeChartDesc",
            "routeDifferencesHeading",
            "routeAgree")) {
      m.put(key, HtmlReport.content(h.l("text." + key)));
    }
    m.put(
        "footerNote",
        HtmlReport.content(h.l("text.routeFooter", "command", "\u0001", "key", "\u0002"))
            .replace("\u0001", "<code>crm-strategy route --format yaml</code>")
            .replace("\u0002", "<code>roadmap:</code>"));
    m.put("css", theme.css());
    m.put("logo", theme.logo().orElse(null));
    m.put("brandName", theme.label("brand.name", "logo"));
    m.put("organization", route.organization());
    m.put("name", name);
    m.put("fit", w.fit(route));
    m.put("fitsHorizon", route.fitsHorizon());
    m.put(
        "yearsPerLevel",
        x.decimal(io.github.crmstrategy.text.Numbers.oneDecimal(route.yearsPerLevel())));
    m.put(
        "pace",
        h.l(
            "text.routePace",
            "years",
            x.decimal(io.github.crmstrategy.text.Numbers.oneDecimal(route.yearsPerLevel()))));
    m.put(
        "horizon",
        route.from().map(Object::toString).orElse("?")
            + " – "
            + route.to().map(Object::toString).orElse("?"));
    List<Map<String, Object>> phases = new ArrayList<>();
    for (RoutePhase p : route.phases()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", p.id());
      row.put("name", w.phaseName(p));
      row.put("start", p.start().map(Object::toString).orElse("?"));
      row.put("end", p.end().map(Object::toString).orElse("?"));
      row.put("capabilities", String.join(", ", p.capabilities()));
      row.put("steps", steps(p.levelSteps(), h, w));
      row.put("indicators", String.join(", ", p.indicators()));
      row.put("late", !p.withinHorizon());
      phases.add(row);
    }
    m.put("phases", phases);
    m.put("hasDifferences", !route.differences().isEmpty());
    m.put("differences", route.differences().stream().map(d -> difference(d, h, w)).toList());
    chart(plan, route, h, w).ifPresent(c -> m.put("chart", c));
    return m;
  }

  private static Map<String, Object> difference(RouteDifference d, HtmlTexts h, RouteWords w) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("kind", h.l("text.routeKind." + d.kind().name()));
    row.put("element", h.report().shownPath(d.path().toString()));
    row.put("text", w.difference(d));
    return row;
  }

  static String steps(List<RouteStep> steps, HtmlTexts h, RouteWords w) {
    return String.join(", ", steps.stream().map(s -> step(s, s.date(), h, w)).toList());
  }

  /** {@code information to level 3 by 2027-06-30}. */
  private static String step(RouteStep s, Optional<LocalDate> by, HtmlTexts h, RouteWords w) {
    return by.isPresent()
        ? h.l("text.routeStepBy", "block", w.block(s.block()), "level", s.level(), "date", by.get())
        : h.l("text.routeStep", "block", w.block(s.block()), "level", s.level());
  }

  /** One lane per proposed phase, then one per dated phase of the plan's own roadmap. */
  static Optional<Map<String, Object>> chart(
      PlanDocument plan, RouteProposal route, HtmlTexts h, RouteWords w) {
    List<RoutePhase> dated =
        route.phases().stream().filter(p -> p.start().isPresent() && p.end().isPresent()).toList();
    List<Timeline.Dated> own =
        Timeline.dates(plan).stream().filter(d -> d.kind().equals("phase")).toList();
    if (dated.isEmpty()) {
      return Optional.empty();
    }
    List<LocalDate> all = new ArrayList<>();
    dated.forEach(p -> Stream.of(p.start(), p.end()).forEach(d -> d.ifPresent(all::add)));
    own.forEach(d -> Stream.of(d.date(), d.end()).forEach(all::add));
    route.from().ifPresent(all::add);
    route.to().ifPresent(all::add);
    LocalDate min = all.stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate max = all.stream().max(LocalDate::compareTo).orElseThrow();
    LocalDate from = LocalDate.of(min.getYear(), 1, 1);
    LocalDate to = LocalDate.of(max.getYear() + 1, 1, 1);
    int lanes = dated.size() + own.size();
    double bottom = TOP + LANE * lanes;
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("width", fmt(Timeline.WIDTH));
    c.put("height", fmt(bottom + 8));
    c.put("top", fmt(TOP - 6));
    c.put("bottom", fmt(bottom));
    List<Map<String, Object>> years = new ArrayList<>();
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      double x = x(LocalDate.of(y, 1, 1), from, to);
      years.add(Map.of("x", fmt(x), "label", String.valueOf(y), "labelY", fmt(TOP - 10)));
    }
    c.put("years", years);
    List<Map<String, Object>> laneLabels = new ArrayList<>();
    List<Map<String, Object>> bars = new ArrayList<>();
    List<Map<String, Object>> steps = new ArrayList<>();
    int lane = 0;
    for (RoutePhase p : dated) {
      double y = TOP + LANE * lane;
      laneLabels.add(label(y, h.l("text.routeLaneProposed", "id", p.id())));
      bars.add(
          bar(
              p.start().get(),
              p.end().get(),
              y,
              from,
              to,
              "proposed",
              h.l(
                  "text.routeBar",
                  "name",
                  p.id() + " " + w.phaseName(p),
                  "from",
                  p.start().get(),
                  "to",
                  p.end().get())));
      for (RouteStep s : p.levelSteps()) {
        LocalDate at = s.date().orElse(p.end().get());
        steps.add(
            Map.of(
                "cx", fmt(x(at, from, to)),
                "cy", fmt(y + LANE / 2),
                "title", step(s, Optional.of(at), h, w)));
      }
      lane++;
    }
    for (Timeline.Dated d : own) {
      double y = TOP + LANE * lane;
      laneLabels.add(label(y, h.l("text.routeLanePlan", "what", Timeline.shorten(d.what(), 22))));
      bars.add(
          bar(
              d.date(),
              d.end(),
              y,
              from,
              to,
              "phase",
              h.l("text.routeBar", "name", d.what(), "from", d.date(), "to", d.end())));
      lane++;
    }
    c.put("lanes", laneLabels);
    c.put("bars", bars);
    c.put("steps", steps);
    route
        .to()
        .ifPresent(
            end ->
                c.put(
                    "horizon",
                    Map.of(
                        "x",
                        fmt(x(end, from, to)),
                        "title",
                        h.l("text.routeHorizonEnd", "date", end))));
    return Optional.of(c);
  }

  private static Map<String, Object> label(double y, String text) {
    return Map.of("labelY", fmt(y + LANE / 2), "label", text);
  }

  private static Map<String, Object> bar(
      LocalDate start,
      LocalDate end,
      double y,
      LocalDate from,
      LocalDate to,
      String kind,
      String title) {
    double x1 = x(start, from, to);
    double x2 = Math.max(x1 + 3, x(end, from, to));
    return Map.of(
        "x",
        fmt(x1),
        "y",
        fmt(y + 6),
        "w",
        fmt(x2 - x1),
        "h",
        fmt(LANE - 12),
        "kind",
        kind,
        "title",
        title);
  }

  private static double x(LocalDate d, LocalDate from, LocalDate to) {
    return Timeline.x(d, from, to, LEFT);
  }
}
