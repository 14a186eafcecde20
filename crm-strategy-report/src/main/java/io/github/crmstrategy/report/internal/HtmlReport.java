package io.github.crmstrategy.report.internal;

import static io.github.crmstrategy.report.internal.Formatting.anchor;
import static io.github.crmstrategy.report.internal.Formatting.html;
import static io.github.crmstrategy.text.Numbers.oneDecimal;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.report.ReportTheme;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.BlockLevels;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.CriterionStatus;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.MaturityEvidence;
import io.github.crmstrategy.rules.MaturityHold;
import io.github.crmstrategy.rules.MaturityProfile;
import io.github.crmstrategy.rules.MaturityRoute;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.rules.SuppressedFinding;
import io.github.crmstrategy.rules.baseline.BaselineComparison;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The HTML report: one self-contained page rendered from the Mustache templates of a {@link
 * ReportTheme} (inline CSS, SVG and a small inline script; no external resources). This class
 * builds the model the templates read, as maps and lists of plain strings, numbers and booleans;
 * docs/report-themes.md lists every key.
 *
 * <p>The model's {@code nextActions} and {@code proposedRoute} keys are where "what to do next" and
 * the draft route go once the review API gives them: the {@code next-actions} partial renders them,
 * and renders nothing while they are absent.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** Colours of the peer series of the radar (today and the end of the plan have their own). */
  private static final String[] PEER_COLOURS = {"#1e6b2a", "#6a1b9a", "#00695c", "#5d4037"};

  /** The bundled stylesheet, for the pages that are not rendered from templates. */
  static String css() {
    return ReportTheme.defaults().css();
  }

  /** A page with {@code title} and {@code body}, the bundled styles inline, without script. */
  static String page(String title, String body) {
    return page(ReportTheme.defaults(), title, body, "");
  }

  /** A page with {@code title}, {@code body} and {@code script}, the styles of {@code theme}. */
  static String page(ReportTheme theme, String title, String body, String script) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + html(title)
        + "</title>\n<style>\n"
        + theme.css()
        + "</style>\n</head>\n<body>\n<main>\n"
        + body
        + "</main>\n"
        + (script.isEmpty() ? "" : "<script>\n" + script + "</script>\n")
        + "</body>\n</html>\n";
  }

  /** The page for one plan, from the bundled theme. */
  public static String render(ReviewedPlan plan, List<RuleDescriptor> rules) {
    return render(plan, rules, ReportTheme.defaults(), Optional.empty());
  }

  /**
   * The page for one plan from {@code theme}; with a baseline comparison, the findings already in
   * the baseline are shown apart from the new ones.
   */
  public static String render(
      ReviewedPlan plan,
      List<RuleDescriptor> rules,
      ReportTheme theme,
      Optional<BaselineComparison> baseline) {
    return theme.render("report", model(plan, rules, theme, baseline));
  }

  /** The model the templates read. */
  static Map<String, Object> model(
      ReviewedPlan plan,
      List<RuleDescriptor> rules,
      ReportTheme theme,
      Optional<BaselineComparison> baseline) {
    AssessmentReport r = plan.report();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("language", plan.plan().language().orElse("en"));
    m.put("organization", r.organization());
    m.put("planName", plan.name());
    m.put("revision", revision(plan));
    m.put("rulePack", r.rulePack() + " " + r.rulePackVersion());
    m.put("css", theme.css());
    m.put("script", theme.script());
    m.put("logo", theme.logo().orElse(null));
    m.put("brandName", theme.label("brand.name", "logo"));
    m.put("executive", executive(plan, theme));
    m.put("cards", cards(r));
    m.put("facts", facts(r, theme));
    // The top actions of the review (AssessmentReport.nextActions); the proposed route is the
    // `route` command's (a RouteProposal is not part of an assessment), so it stays empty here.
    m.put("nextActions", nextActions(r));
    m.put("proposedRoute", null);
    m.put("radar", radar(plan, theme));
    m.putAll(maturityTable(plan, theme));
    m.put("criteria", criteria(r, theme));
    m.put("timeline", Timeline.of(plan.plan()).orElse(null));
    findings(m, plan, rules, baseline);
    return m;
  }

  private static String revision(ReviewedPlan plan) {
    return plan.plan()
        .revision()
        .map(
            rev -> {
              List<String> parts = new ArrayList<>();
              rev.number().ifPresent(n -> parts.add("revision " + n));
              rev.date().ifPresent(d -> parts.add(d.toString()));
              return parts.isEmpty() ? null : String.join(", ", parts);
            })
        .orElse(null);
  }

  /** A block's name as the theme labels it: {@code Customer experience}. */
  static String blockName(ReportTheme theme, BuildingBlock block) {
    return theme.label("block." + block.id(), block.id());
  }

  /**
   * A block's name as the theme labels it in {@code locale}'s language: {@code Клиентский опыт}.
   */
  static String blockName(ReportTheme theme, Locale locale, BuildingBlock block) {
    return theme.label(locale, "block." + block.id(), block.id());
  }

  // Executive summary

  private static Map<String, Object> executive(ReviewedPlan plan, ReportTheme theme) {
    AssessmentReport r = plan.report();
    MaturityProfile today = r.maturity().current();
    MaturityProfile target = r.maturity().target();
    Map<String, Object> e = new LinkedHashMap<>();
    List<BlockMaturity> byScore =
        Formatting.blocks(today).stream()
            .sorted(
                Comparator.comparingDouble(BlockMaturity::score)
                    .reversed()
                    .thenComparing(BlockMaturity::block))
            .toList();
    String strongest = blockList(theme, byScore.subList(0, Math.min(2, byScore.size())));
    List<BlockMaturity> weak =
        new ArrayList<>(byScore.subList(Math.max(0, byScore.size() - 2), byScore.size()));
    java.util.Collections.reverse(weak);
    e.put(
        "today",
        r.organization()
            + " stands at level "
            + today.level()
            + " ("
            + today.levelName()
            + ") today, with a maturity score of "
            + oneDecimal(today.score())
            + " / 100 on the evidence of the plan. The strongest blocks are "
            + strongest
            + "; the weakest are "
            + blockList(theme, weak)
            + ".");
    List<BlockLevels> levels = Formatting.levels(r);
    List<BlockLevels> climbing = levels.stream().filter(l -> l.gap() > 0).toList();
    String end =
        r.maturity()
            .route()
            .to()
            .map(d -> "By the end of the plan (" + d + ")")
            .orElse("By the end of the plan");
    StringBuilder aims =
        new StringBuilder(end)
            .append(" it aims at level ")
            .append(target.level())
            .append(" (")
            .append(target.levelName())
            .append("), score ")
            .append(oneDecimal(target.score()))
            .append(" / 100");
    if (climbing.isEmpty()) {
      aims.append(": no block climbs a whole level.");
    } else {
      int most = climbing.stream().mapToInt(BlockLevels::gap).max().orElse(0);
      List<BlockLevels> steepest = climbing.stream().filter(l -> l.gap() == most).toList();
      List<BlockLevels> staying = levels.stream().filter(l -> l.gap() == 0).toList();
      aims.append(": ")
          .append(climbing.size())
          .append(" of ")
          .append(levels.size())
          .append(climbing.size() == 1 ? " block climbs" : " blocks climb");
      if (steepest.size() == climbing.size()) {
        aims.append(most == 1 ? " one level" : " " + most + " levels")
            .append(climbing.size() == 1 ? "" : " each");
      } else {
        aims.append(", the most ")
            .append(names(theme, steepest))
            .append(" (")
            .append(most)
            .append(" levels)");
      }
      if (!staying.isEmpty() && staying.size() <= 3) {
        aims.append("; ")
            .append(names(theme, staying))
            .append(staying.size() == 1 ? " stays" : " stay")
            .append(" where ")
            .append(staying.size() == 1 ? "it is" : "they are");
      }
      aims.append('.');
    }
    e.put("aims", aims.toString());
    e.put("route", routeVerdict(r, levels, theme));
    List<Map<String, Object>> problems = problems(r);
    e.put("problems", problems);
    e.put("hasProblems", !problems.isEmpty());
    return e;
  }

  private static String names(ReportTheme theme, List<BlockLevels> blocks) {
    return String.join(" and ", blocks.stream().map(l -> blockName(theme, l.block())).toList());
  }

  private static String blockList(ReportTheme theme, List<BlockMaturity> blocks) {
    return String.join(
        " and ",
        blocks.stream()
            .map(b -> blockName(theme, b.block()) + " (" + oneDecimal(b.score()) + ")")
            .toList());
  }

  /** Whether the route gets there, in words. */
  static String routeVerdict(AssessmentReport r, List<BlockLevels> levels, ReportTheme theme) {
    MaturityRoute route = r.maturity().route();
    String pace = io.github.crmstrategy.text.Numbers.upToTwoDecimals(route.yearsPerLevel());
    List<BlockLevels> late = levels.stream().filter(l -> !l.withinPace()).toList();
    long errors = Formatting.count(r, Severity.ERROR);
    String errorsNote =
        errors == 0
            ? ""
            : " The plan has "
                + errors
                + (errors == 1 ? " error" : " errors")
                + " to correct before the route can be relied on.";
    if (route.from().isEmpty() || route.to().isEmpty()) {
      return "The plan has no dated horizon, so whether its climb fits the time cannot be checked."
          + errorsNote;
    }
    String years = io.github.crmstrategy.text.Numbers.upToTwoDecimals(route.yearsAvailable());
    if (levels.stream().allMatch(l -> l.gap() == 0)) {
      return "There is no climb to judge: the plan lifts no block to a higher level in its "
          + years
          + " years."
          + errorsNote;
    }
    if (late.isEmpty()) {
      return "Yes, at the usual pace: every block's climb fits in the "
          + years
          + " years from "
          + route.from().get()
          + " to "
          + route.to().get()
          + " at "
          + pace
          + " years per level step."
          + errorsNote;
    }
    return "Not at the usual pace of "
        + pace
        + " years per level step: "
        + String.join(
            ", ",
            late.stream()
                .map(
                    l ->
                        blockName(theme, l.block())
                            + " needs "
                            + io.github.crmstrategy.text.Numbers.upToTwoDecimals(l.yearsNeeded())
                            + " years")
                .toList())
        + ", and the plan has "
        + years
        + " years left."
        + errorsNote;
  }

  /**
   * The three most important problems: the findings grouped by rule, ranked by severity, then by
   * how many elements the rule finds, then by rule id; one entry per rule.
   */
  static List<Map<String, Object>> problems(AssessmentReport r) {
    Map<String, List<Finding>> byRule = new TreeMap<>();
    r.findings().forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
    return byRule.values().stream()
        .sorted(
            Comparator.<List<Finding>>comparingInt(
                    g -> g.stream().mapToInt(f -> f.severity().ordinal()).min().orElse(9))
                .thenComparing(g -> -g.size())
                .thenComparing(g -> g.get(0).ruleId()))
        .limit(3)
        .map(
            g -> {
              Finding f =
                  g.stream()
                      .min(Comparator.comparingInt(x -> x.severity().ordinal()))
                      .orElseThrow();
              Map<String, Object> p = new LinkedHashMap<>();
              p.put("severity", f.severity().name());
              p.put("message", f.message());
              p.put("anchor", anchor(f.path().toString()));
              p.put("element", Formatting.shownPath(f.path().toString()));
              p.put(
                  "more",
                  g.size() == 1
                      ? null
                      : "and " + (g.size() - 1) + " more like it, rule " + f.ruleId());
              p.put("remediation", f.remediation().isBlank() ? null : f.remediation());
              return p;
            })
        .toList();
  }

  private static List<Map<String, Object>> cards(AssessmentReport r) {
    List<Map<String, Object>> cards = new ArrayList<>();
    MaturityProfile today = r.maturity().current();
    MaturityProfile target = r.maturity().target();
    cards.add(card("", String.valueOf(today.level()), today.levelName(), "CRM maturity today"));
    cards.add(
        card("", String.valueOf(target.level()), target.levelName(), "At the end of the plan"));
    cards.add(card("", oneDecimal(r.documentQuality().score()), "/100", "Document quality"));
    for (Severity s : Severity.values()) {
      int n = Formatting.count(r, s);
      cards.add(
          card(
              Formatting.lower(s),
              String.valueOf(n),
              null,
              s == Severity.INFO ? "info" : Formatting.lower(s) + (n == 1 ? "" : "s")));
    }
    return cards;
  }

  private static Map<String, Object> card(String kind, String value, String small, String label) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("kind", kind);
    c.put("value", value);
    c.put("small", small);
    c.put("label", label);
    return c;
  }

  private static List<String> facts(AssessmentReport r, ReportTheme theme) {
    MaturityProfile today = r.maturity().current();
    MaturityProfile target = r.maturity().target();
    List<String> facts = new ArrayList<>();
    List<String> cats = new ArrayList<>();
    for (Category c : Category.values()) {
      cats.add(c.name().toLowerCase(Locale.ROOT) + " " + r.countsByCategory().getOrDefault(c, 0));
    }
    facts.add("Findings by category: " + String.join(", ", cats) + ".");
    facts.add("Today: " + today.explanation());
    facts.add("At the end of the plan: " + target.explanation());
    facts.add("Route: " + Formatting.route(r.maturity().route()) + ".");
    facts.add("Document quality (not maturity): " + Formatting.aspects(r.documentQuality()) + ".");
    List<String> over = new ArrayList<>();
    for (BlockLevels l : Formatting.levels(r)) {
      if (l.selfAssessed().isPresent() && l.selfAssessed().getAsInt() > l.current()) {
        over.add(
            blockName(theme, l.block())
                + " ("
                + l.selfAssessed().getAsInt()
                + " claimed, "
                + l.current()
                + " today)");
      }
    }
    if (!over.isEmpty()) {
      facts.add("Self-assessment above today's evidence: " + String.join(", ", over) + ".");
    }
    return facts;
  }

  // Radar

  /** Radar of the block scores 0..100: today, the end of the plan, and each peer's level x 20. */
  static Map<String, Object> radar(ReviewedPlan plan, ReportTheme theme) {
    AssessmentReport r = plan.report();
    MaturityProfile today = r.maturity().current();
    MaturityProfile target = r.maturity().target();
    double cx = 330;
    double cy = 215;
    double radius = 150;
    BuildingBlock[] axes = BuildingBlock.values();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("width", 660);
    m.put("height", 430);
    List<Map<String, Object>> rings = new ArrayList<>();
    for (int step = 1; step <= 5; step++) {
      StringBuilder points = new StringBuilder();
      for (int a = 0; a < axes.length; a++) {
        point(points, cx, cy, radius * step / 5, a, axes.length);
      }
      Map<String, Object> ring = new LinkedHashMap<>();
      ring.put("points", points.toString());
      ring.put("label", String.valueOf(step * 20));
      ring.put("labelX", fmt(cx + 4));
      ring.put("labelY", fmt(cy - radius * step / 5 - 3));
      rings.add(ring);
    }
    m.put("rings", rings);
    List<Map<String, Object>> axisList = new ArrayList<>();
    for (int a = 0; a < axes.length; a++) {
      double[] p = xy(cx, cy, radius, a, axes.length);
      double[] t = xy(cx, cy, radius + (a == 0 || a == axes.length / 2 ? 18 : 14), a, axes.length);
      Map<String, Object> axis = new LinkedHashMap<>();
      axis.put("cx", fmt(cx));
      axis.put("cy", fmt(cy));
      axis.put("x", fmt(p[0]));
      axis.put("y", fmt(p[1]));
      axis.put("labelX", fmt(t[0]));
      axis.put("labelY", fmt(t[1]));
      axis.put("anchor", Math.abs(t[0] - cx) < 1 ? "middle" : t[0] > cx ? "start" : "end");
      axis.put("label", blockName(theme, axes[a]));
      axisList.add(axis);
    }
    m.put("axes", axisList);
    List<Map<String, Object>> series = new ArrayList<>();
    series.add(
        series(
            theme.label("series.today", "Today"),
            "current",
            "var(--today)",
            null,
            scores(today),
            cx,
            cy,
            radius));
    series.add(
        series(
            theme.label("series.target", "End of plan"),
            "target",
            "var(--target)",
            "3 3",
            scores(target),
            cx,
            cy,
            radius));
    int i = 0;
    for (Map.Entry<String, Map<BuildingBlock, Integer>> peer :
        Formatting.peerLevels(plan).entrySet()) {
      Map<BuildingBlock, Double> values = new LinkedHashMap<>();
      peer.getValue().forEach((b, level) -> values.put(b, level * 20.0));
      series.add(
          series(
              theme.label("series.peer", "Peer") + ": " + peer.getKey(),
              "peer",
              PEER_COLOURS[i++ % PEER_COLOURS.length],
              "7 4",
              values,
              cx,
              cy,
              radius));
    }
    m.put("series", series);
    m.put("hasPeers", series.size() > 2);
    return m;
  }

  private static Map<BuildingBlock, Double> scores(MaturityProfile profile) {
    Map<BuildingBlock, Double> scores = new LinkedHashMap<>();
    profile.blocks().forEach((b, bm) -> scores.put(b, bm.score()));
    return scores;
  }

  private static Map<String, Object> series(
      String name,
      String kind,
      String colour,
      String dash,
      Map<BuildingBlock, Double> values,
      double cx,
      double cy,
      double radius) {
    BuildingBlock[] axes = BuildingBlock.values();
    StringBuilder points = new StringBuilder();
    List<String> shown = new ArrayList<>();
    for (int a = 0; a < axes.length; a++) {
      double v = Math.max(0, Math.min(100, values.getOrDefault(axes[a], 0.0)));
      point(points, cx, cy, radius * v / 100, a, axes.length);
      shown.add(axes[a].id() + " " + oneDecimal(v));
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", name);
    s.put("kind", kind);
    s.put("colour", colour);
    s.put("dash", dash);
    s.put("points", points.toString());
    s.put("values", String.join(", ", shown));
    return s;
  }

  private static double[] xy(double cx, double cy, double r, int a, int n) {
    double angle = -Math.PI / 2 + 2 * Math.PI * a / n;
    return new double[] {cx + r * Math.cos(angle), cy + r * Math.sin(angle)};
  }

  private static void point(StringBuilder b, double cx, double cy, double r, int a, int n) {
    double[] p = xy(cx, cy, r, a, n);
    b.append(a == 0 ? "" : " ").append(fmt(p[0])).append(',').append(fmt(p[1]));
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  // Maturity table and criteria

  private static Map<String, Object> maturityTable(ReviewedPlan plan, ReportTheme theme) {
    AssessmentReport r = plan.report();
    MaturityProfile today = r.maturity().current();
    MaturityProfile target = r.maturity().target();
    Map<String, Map<BuildingBlock, Integer>> peers = Formatting.peerLevels(plan);
    List<Map<String, Object>> blocks = new ArrayList<>();
    for (BlockLevels l : Formatting.levels(r)) {
      BlockMaturity c = today.blocks().get(l.block());
      BlockMaturity t = target.blocks().get(l.block());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", blockName(theme, l.block()));
      row.put("today", c.level() + " " + c.levelName());
      row.put("todayScore", oneDecimal(c.score()));
      row.put("target", t.level() + " " + t.levelName());
      row.put("targetScore", oneDecimal(t.score()));
      row.put("self", Formatting.selfCell(l, "–"));
      List<String> peerCells = new ArrayList<>();
      for (Map<BuildingBlock, Integer> levels : peers.values()) {
        Integer level = levels.get(l.block());
        peerCells.add(level == null ? "–" : String.valueOf(level));
      }
      row.put("peers", peerCells);
      row.put("withinPace", l.withinPace());
      row.put("climb", Formatting.climb(l));
      blocks.add(row);
    }
    Map<String, Object> overall = new LinkedHashMap<>();
    overall.put("today", today.level() + " " + today.levelName());
    overall.put("todayScore", oneDecimal(today.score()));
    overall.put("target", target.level() + " " + target.levelName());
    overall.put("targetScore", oneDecimal(target.score()));
    overall.put("peers", new ArrayList<>(peers.keySet()));
    overall.put(
        "climb", target.level() > today.level() ? "+" + (target.level() - today.level()) : "0");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("blocks", blocks);
    m.put("overall", overall);
    m.put("peerNames", new ArrayList<>(peers.keySet()));
    return m;
  }

  private static List<Map<String, Object>> criteria(AssessmentReport r, ReportTheme theme) {
    MaturityProfile today = r.maturity().current();
    MaturityProfile target = r.maturity().target();
    List<Map<String, Object>> list = new ArrayList<>();
    for (BlockMaturity c : Formatting.blocks(today)) {
      BlockMaturity t = target.blocks().get(c.block());
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("id", c.block().id());
      b.put("name", blockName(theme, c.block()));
      b.put("level", c.level());
      b.put("targetLevel", t.level());
      List<Map<String, Object>> met = new ArrayList<>();
      List<Map<String, Object>> unmet = new ArrayList<>();
      for (MaturityEvidence e : c.evidence()) {
        CriterionStatus atTarget =
            t.evidence().stream()
                .filter(x -> x.criterion().equals(e.criterion()))
                .findFirst()
                .map(MaturityEvidence::status)
                .orElse(e.status());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("criterion", e.criterion());
        item.put("tier", e.tier());
        item.put("description", e.description());
        item.put("required", e.required());
        item.put("detail", e.detail());
        item.put("partly", e.status() == CriterionStatus.PARTLY_MET);
        item.put("byTarget", atTarget == CriterionStatus.MET);
        (e.status() == CriterionStatus.MET ? met : unmet).add(item);
      }
      b.put("metItems", met);
      b.put("unmetItems", unmet);
      b.put("met", met.size());
      b.put("total", c.evidence().size());
      b.put("holds", c.heldBy().stream().map(MaturityHold::text).toList());
      b.put("hasHolds", !c.heldBy().isEmpty());
      list.add(b);
    }
    return list;
  }

  // Findings

  private static void findings(
      Map<String, Object> m,
      ReviewedPlan plan,
      List<RuleDescriptor> rules,
      Optional<BaselineComparison> baseline) {
    AssessmentReport r = plan.report();
    List<Finding> shown = baseline.map(BaselineComparison::newFindings).orElse(r.findings());
    m.put("severities", Arrays.stream(Severity.values()).map(Enum::name).toList());
    m.put("categories", Arrays.stream(Category.values()).map(Enum::name).toList());
    m.put("findingCount", shown.size());
    Map<ElementPath, List<Finding>> byElement = new TreeMap<>();
    shown.forEach(f -> byElement.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f));
    List<Map<String, Object>> groups = new ArrayList<>();
    byElement.forEach(
        (path, list) -> {
          Map<String, Object> g = new LinkedHashMap<>();
          g.put("anchor", anchor(path.toString()));
          g.put("element", Formatting.shownPath(path.toString()));
          g.put("location", plan.locate(path).map(Object::toString).orElse("location unknown"));
          g.put("count", list.size());
          g.put("countText", list.size() + (list.size() == 1 ? " finding" : " findings"));
          List<Map<String, Object>> rows = new ArrayList<>();
          for (Finding f :
              list.stream()
                  .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId))
                  .toList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("severity", f.severity().name());
            row.put("priority", "P" + f.priority());
            row.put("category", f.category().name());
            row.put("categoryName", f.category().name().toLowerCase(Locale.ROOT));
            row.put("ruleId", f.ruleId());
            row.put(
                "title",
                Formatting.rule(rules, f.ruleId()).map(RuleDescriptor::title).orElse(f.ruleName()));
            row.put("message", f.message());
            row.put("remediation", f.remediation().isBlank() ? null : f.remediation());
            rows.add(row);
          }
          g.put("findings", rows);
          groups.add(g);
        });
    m.put("groups", groups);
    List<Map<String, Object>> baselined = new ArrayList<>();
    baseline.ifPresent(
        b ->
            b.existingFindings()
                .forEach(
                    f -> {
                      Map<String, Object> row = new LinkedHashMap<>();
                      row.put("severity", f.severity().name());
                      row.put("ruleId", f.ruleId());
                      row.put("element", Formatting.shownPath(f.path().toString()));
                      row.put("message", f.message());
                      baselined.add(row);
                    }));
    m.put("baselined", baselined);
    m.put("hasBaselined", baseline.isPresent());
    m.put("resolvedCount", baseline.map(b -> b.resolved().size()).filter(n -> n > 0).orElse(null));
    List<Map<String, Object>> suppressed = new ArrayList<>();
    for (SuppressedFinding s : r.suppressedFindings()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("ruleId", s.finding().ruleId());
      row.put("element", Formatting.shownPath(s.finding().path().toString()));
      row.put("message", s.finding().message());
      row.put("justification", s.justification());
      suppressed.add(row);
    }
    m.put("suppressed", suppressed);
    m.put("hasSuppressed", !suppressed.isEmpty());
  }

  /** The next-actions partial's model: the top actions, or null (no section) when there is none. */
  private static Map<String, Object> nextActions(AssessmentReport r) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (String[] a : Formatting.nextActions(r, Integer.MAX_VALUE)) {
      Map<String, Object> item = new LinkedHashMap<>();
      // The template puts ": " and the detail after the title: a title that is a sentence (a
      // rule's remediation) loses its full stop, so that it does not read ".:".
      String title = a[0].substring(a[0].indexOf(". ") + 2);
      item.put(
          "title",
          a[1].isBlank() || !title.endsWith(".") ? title : title.substring(0, title.length() - 1));
      item.put("detail", a[1].isBlank() ? null : a[1]);
      item.put("elements", List.of());
      items.add(item);
    }
    return items.isEmpty() ? null : Map.of("items", items);
  }
}
