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

  /** A page in {@code locale}'s language with {@code title} and {@code body}, bundled styles. */
  static String page(Locale locale, String title, String body) {
    return page(ReportTheme.defaults(), locale, title, body, "");
  }

  /** A page with {@code title}, {@code body} and {@code script}, the styles of {@code theme}. */
  static String page(ReportTheme theme, String title, String body, String script) {
    return page(theme, Locale.ENGLISH, title, body, script);
  }

  /**
   * A page in {@code locale}'s language ({@code <html lang>}) with {@code title}, {@code body} and
   * {@code script}, the styles of {@code theme}.
   */
  static String page(ReportTheme theme, Locale locale, String title, String body, String script) {
    return "<!DOCTYPE html>\n<html lang=\""
        + html(locale.getLanguage())
        + "\">\n<head>\n<meta charset=\"utf-8\">\n"
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

  /** The page for one plan in English, from the bundled theme. */
  public static String render(ReviewedPlan plan, List<RuleDescriptor> rules) {
    return render(plan, rules, ReportTheme.defaults(), Optional.empty());
  }

  /**
   * The page for one plan in English from {@code theme}; with a baseline comparison, the findings
   * already in the baseline are shown apart from the new ones.
   */
  public static String render(
      ReviewedPlan plan,
      List<RuleDescriptor> rules,
      ReportTheme theme,
      Optional<BaselineComparison> baseline) {
    return render(plan, rules, theme, baseline, ReportTexts.ENGLISH);
  }

  /**
   * The page for one plan from {@code theme} in the language of {@code t}: the theme's labels of
   * that language, the plan's findings as given (already localised, see {@link
   * ReportTexts#localize(ReviewedPlan)}).
   */
  public static String render(
      ReviewedPlan plan,
      List<RuleDescriptor> rules,
      ReportTheme theme,
      Optional<BaselineComparison> baseline,
      ReportTexts t) {
    return theme.render("report", model(plan, rules, theme, baseline, new HtmlTexts(theme, t)));
  }

  /** The model the templates read. */
  static Map<String, Object> model(
      ReviewedPlan plan,
      List<RuleDescriptor> rules,
      ReportTheme theme,
      Optional<BaselineComparison> baseline,
      HtmlTexts h) {
    AssessmentReport r = plan.report();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("language", h.locale().getLanguage());
    m.put("text", h.templateTexts());
    m.put("title", h.l("text.title", "organization", r.organization()));
    m.put("organization", r.organization());
    m.put("planName", plan.name());
    m.put("revision", revision(plan, h));
    m.put("rulePack", r.rulePack() + " " + r.rulePackVersion());
    m.put("css", theme.css());
    m.put("script", theme.script());
    m.put("logo", theme.logo().orElse(null));
    m.put("brandName", theme.label("brand.name", "logo"));
    m.put("executive", executive(plan, h));
    m.put("cards", cards(r, h));
    m.put("facts", facts(r, h));
    // The top actions of the review (AssessmentReport.nextActions); the proposed route is the
    // `route` command's (a RouteProposal is not part of an assessment), so it stays empty here.
    m.put("nextActions", nextActions(r, h.report()));
    m.put("proposedRoute", null);
    m.put("radar", radar(plan, h));
    m.putAll(maturityTable(plan, h));
    m.put("criteria", criteria(r, h));
    m.put("timeline", Timeline.of(plan.plan(), h).orElse(null));
    findings(m, plan, rules, baseline, h);
    // Element content, escaped here (not by the template) so that its quotes and line breaks stay
    // as written: the footer is {{{footer}}}.
    m.put(
        "footer",
        content(h.l("text.footer", "rulePack", r.rulePack() + " " + r.rulePackVersion())));
    return m;
  }

  private static String revision(ReviewedPlan plan, HtmlTexts h) {
    return plan.plan()
        .revision()
        .map(
            rev -> {
              List<String> parts = new ArrayList<>();
              rev.number().ifPresent(n -> parts.add(h.l("text.revision", "number", n)));
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

  private static Map<String, Object> executive(ReviewedPlan plan, HtmlTexts h) {
    AssessmentReport r = plan.report();
    ReportTexts t = h.report();
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
    String strongest = blockList(h, byScore.subList(0, Math.min(2, byScore.size())));
    List<BlockMaturity> weak =
        new ArrayList<>(byScore.subList(Math.max(0, byScore.size() - 2), byScore.size()));
    java.util.Collections.reverse(weak);
    e.put(
        "today",
        h.l(
            "text.today",
            "organization",
            r.organization(),
            "level",
            today.level(),
            "name",
            t.levelName(today.levelName()),
            "score",
            oneDecimal(today.score()),
            "strongest",
            strongest,
            "weakest",
            blockList(h, weak)));
    List<BlockLevels> levels = Formatting.levels(r);
    List<BlockLevels> climbing = levels.stream().filter(l -> l.gap() > 0).toList();
    String end =
        r.maturity()
            .route()
            .to()
            .map(d -> h.l("text.aimsEnd", "date", d))
            .orElse(h.l("text.aimsEndUndated"));
    String climb;
    if (climbing.isEmpty()) {
      climb = h.l("text.noClimb");
    } else {
      int most = climbing.stream().mapToInt(BlockLevels::gap).max().orElse(0);
      List<BlockLevels> steepest = climbing.stream().filter(l -> l.gap() == most).toList();
      List<BlockLevels> staying = levels.stream().filter(l -> l.gap() == 0).toList();
      climb =
          steepest.size() == climbing.size()
              ? h.l("text.climbAll", "count", climbing.size(), "total", levels.size(), "most", most)
              : h.l(
                  "text.climbSome",
                  "count",
                  climbing.size(),
                  "total",
                  levels.size(),
                  "names",
                  names(h, steepest),
                  "most",
                  most);
      if (!staying.isEmpty() && staying.size() <= 3) {
        climb += h.l("text.stay", "names", names(h, staying), "count", staying.size());
      }
    }
    e.put(
        "aims",
        h.l(
            "text.aims",
            "end",
            end,
            "level",
            target.level(),
            "name",
            t.levelName(target.levelName()),
            "score",
            oneDecimal(target.score()),
            "climb",
            climb));
    e.put("route", t.routeVerdict(r, h::block));
    List<Map<String, Object>> problems = t.problems(r);
    e.put("problems", problems);
    e.put("hasProblems", !problems.isEmpty());
    return e;
  }

  /**
   * Block names as a list in the language: {@code Information and Technology}, {@code Strategy,
   * Customer experience and Metrics}.
   */
  private static String names(HtmlTexts h, List<BlockLevels> blocks) {
    List<String> names =
        blocks.stream().map(l -> h.l("text.blockName", "block", h.block(l.block()))).toList();
    return names.size() <= 2
        ? String.join(" " + h.l("text.and") + " ", names)
        : String.join(", ", names.subList(0, names.size() - 1))
            + " "
            + h.l("text.and")
            + " "
            + names.get(names.size() - 1);
  }

  private static String blockList(HtmlTexts h, List<BlockMaturity> blocks) {
    return String.join(
        " " + h.l("text.and") + " ",
        blocks.stream()
            .map(
                b ->
                    h.l(
                        "text.blockScore",
                        "block",
                        h.block(b.block()),
                        "score",
                        oneDecimal(b.score())))
            .toList());
  }

  /** Whether the route gets there, in English, the blocks named by {@code theme}'s labels. */
  static String routeVerdict(AssessmentReport r, List<BlockLevels> levels, ReportTheme theme) {
    return ReportTexts.ENGLISH.routeVerdict(r, b -> blockName(theme, b));
  }

  private static List<Map<String, Object>> cards(AssessmentReport r, HtmlTexts h) {
    List<Map<String, Object>> cards = new ArrayList<>();
    ReportTexts t = h.report();
    MaturityProfile today = r.maturity().current();
    MaturityProfile target = r.maturity().target();
    cards.add(
        card(
            "",
            String.valueOf(today.level()),
            t.levelName(today.levelName()),
            h.l("text.cardToday")));
    cards.add(
        card(
            "",
            String.valueOf(target.level()),
            t.levelName(target.levelName()),
            h.l("text.cardTarget")));
    cards.add(card("", oneDecimal(r.documentQuality().score()), "/100", h.l("text.cardQuality")));
    for (Severity s : Severity.values()) {
      int n = Formatting.count(r, s);
      cards.add(
          card(
              Formatting.lower(s),
              String.valueOf(n),
              null,
              h.l("text.card" + s.name(), "count", n)));
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

  private static List<String> facts(AssessmentReport r, HtmlTexts h) {
    ReportTexts t = h.report();
    MaturityProfile today = r.maturity().current();
    MaturityProfile target = r.maturity().target();
    List<String> facts = new ArrayList<>();
    List<String> cats = new ArrayList<>();
    for (Category c : Category.values()) {
      cats.add(
          h.l(
              "text.factCategory",
              "category",
              t.category(c),
              "count",
              r.countsByCategory().getOrDefault(c, 0)));
    }
    facts.add(h.l("text.factCategories", "categories", String.join(", ", cats)));
    facts.add(h.l("text.factToday", "explanation", t.explanation(today)));
    facts.add(h.l("text.factTarget", "explanation", t.explanation(target)));
    facts.add(h.l("text.factRoute", "route", t.route(r.maturity().route())));
    facts.add(h.l("text.factQuality", "aspects", t.aspects(r.documentQuality())));
    List<String> over = new ArrayList<>();
    for (BlockLevels l : Formatting.levels(r)) {
      if (l.selfAssessed().isPresent() && l.selfAssessed().getAsInt() > l.current()) {
        over.add(
            h.l(
                "text.factOverBlock",
                "block",
                h.block(l.block()),
                "claimed",
                l.selfAssessed().getAsInt(),
                "today",
                l.current()));
      }
    }
    if (!over.isEmpty()) {
      facts.add(h.l("text.factOver", "blocks", String.join(", ", over)));
    }
    return facts;
  }

  // Radar

  /** Radar of the block scores 0..100: today, the end of the plan, and each peer's level x 20. */
  static Map<String, Object> radar(ReviewedPlan plan, HtmlTexts h) {
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
      axis.put("label", h.block(axes[a]));
      axis.put("lines", axisLines(h.block(axes[a]), fmt(t[0])));
      axisList.add(axis);
    }
    m.put("axes", axisList);
    List<Map<String, Object>> series = new ArrayList<>();
    series.add(
        series(
            h.l("series.today"),
            "current",
            "var(--today)",
            null,
            scores(today),
            cx,
            cy,
            radius,
            h));
    series.add(
        series(
            h.l("series.target"),
            "target",
            "var(--target)",
            "3 3",
            scores(target),
            cx,
            cy,
            radius,
            h));
    int i = 0;
    for (Map.Entry<String, Map<BuildingBlock, Integer>> peer :
        Formatting.peerLevels(plan).entrySet()) {
      Map<BuildingBlock, Double> values = new LinkedHashMap<>();
      peer.getValue().forEach((b, level) -> values.put(b, level * 20.0));
      series.add(
          series(
              h.l("series.peer") + ": " + peer.getKey(),
              "peer",
              PEER_COLOURS[i++ % PEER_COLOURS.length],
              "7 4",
              values,
              cx,
              cy,
              radius,
              h));
    }
    m.put("series", series);
    m.put("hasPeers", series.size() > 2);
    return m;
  }

  /** The longest axis label drawn on one line; a longer one is broken in two at a space. */
  static final int AXIS_LABEL_CHARS = 22;

  /**
   * A long axis label ("Организационное взаимодействие") as two lines ({@code x}, {@code dy},
   * {@code text}) broken at the space nearest its middle, so that it stays inside the chart; null
   * for a label that fits on one line.
   */
  static List<Map<String, Object>> axisLines(String label, String x) {
    if (label.length() <= AXIS_LABEL_CHARS || label.indexOf(' ') < 0) {
      return null;
    }
    int middle = label.length() / 2;
    int at = -1;
    for (int i = 0; i < label.length(); i++) {
      if (label.charAt(i) == ' ' && (at < 0 || Math.abs(i - middle) < Math.abs(at - middle))) {
        at = i;
      }
    }
    List<Map<String, Object>> lines = new ArrayList<>();
    for (String[] part :
        // The first line keeps its space, so that the label reads as the block's name.
        new String[][] {
          {label.substring(0, at + 1), "-0.6em"}, {label.substring(at + 1), "1.2em"}
        }) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("x", x);
      line.put("dy", part[1]);
      line.put("text", part[0]);
      lines.add(line);
    }
    return lines;
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
      double radius,
      HtmlTexts h) {
    BuildingBlock[] axes = BuildingBlock.values();
    StringBuilder points = new StringBuilder();
    List<String> shown = new ArrayList<>();
    for (int a = 0; a < axes.length; a++) {
      double v = Math.max(0, Math.min(100, values.getOrDefault(axes[a], 0.0)));
      point(points, cx, cy, radius * v / 100, a, axes.length);
      shown.add(h.report().block(axes[a]) + " " + oneDecimal(v));
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

  private static Map<String, Object> maturityTable(ReviewedPlan plan, HtmlTexts h) {
    ReportTexts tx = h.report();
    AssessmentReport r = plan.report();
    MaturityProfile today = r.maturity().current();
    MaturityProfile target = r.maturity().target();
    Map<String, Map<BuildingBlock, Integer>> peers = Formatting.peerLevels(plan);
    List<Map<String, Object>> blocks = new ArrayList<>();
    for (BlockLevels l : Formatting.levels(r)) {
      BlockMaturity c = today.blocks().get(l.block());
      BlockMaturity t = target.blocks().get(l.block());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", h.block(l.block()));
      row.put("today", c.level() + " " + tx.levelName(c.levelName()));
      row.put("todayScore", tx.decimal(oneDecimal(c.score())));
      row.put("target", t.level() + " " + tx.levelName(t.levelName()));
      row.put("targetScore", tx.decimal(oneDecimal(t.score())));
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
    overall.put("today", today.level() + " " + tx.levelName(today.levelName()));
    overall.put("todayScore", tx.decimal(oneDecimal(today.score())));
    overall.put("target", target.level() + " " + tx.levelName(target.levelName()));
    overall.put("targetScore", tx.decimal(oneDecimal(target.score())));
    overall.put("peers", new ArrayList<>(peers.keySet()));
    overall.put(
        "climb", target.level() > today.level() ? "+" + (target.level() - today.level()) : "0");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("blocks", blocks);
    m.put("overall", overall);
    m.put("peerNames", new ArrayList<>(peers.keySet()));
    return m;
  }

  private static List<Map<String, Object>> criteria(AssessmentReport r, HtmlTexts h) {
    MaturityProfile today = r.maturity().current();
    MaturityProfile target = r.maturity().target();
    List<Map<String, Object>> list = new ArrayList<>();
    for (BlockMaturity c : Formatting.blocks(today)) {
      BlockMaturity t = target.blocks().get(c.block());
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("id", c.block().id());
      b.put("name", h.block(c.block()));
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
        item.put("tierText", h.l("text.tier", "tier", e.tier()));
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
      b.put(
          "levels",
          h.l(
              "text.criteriaLevels",
              "level",
              c.level(),
              "met",
              met.size(),
              "total",
              c.evidence().size(),
              "targetLevel",
              t.level()));
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
      Optional<BaselineComparison> baseline,
      HtmlTexts h) {
    AssessmentReport r = plan.report();
    ReportTexts t = h.report();
    List<Finding> shown = baseline.map(BaselineComparison::newFindings).orElse(r.findings());
    // A filter's option shows its name and, where the name is not the constant's, carries the
    // constant as its value (the rows' data-severity and data-category).
    m.put(
        "severities",
        Arrays.stream(Severity.values()).map(s -> option(s.name(), t.severityTag(s))).toList());
    m.put(
        "categories",
        Arrays.stream(Category.values())
            .map(c -> option(c.name(), t.english() ? c.name() : t.category(c)))
            .toList());
    m.put("findingCount", shown.size());
    String counted = h.l("text.shown", "shown", "\u0000", "count", shown.size());
    m.put("shownBefore", counted.substring(0, Math.max(0, counted.indexOf('\u0000'))));
    m.put("shownAfter", counted.substring(counted.indexOf('\u0000') + 1));
    Map<ElementPath, List<Finding>> byElement = new TreeMap<>();
    shown.forEach(f -> byElement.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f));
    List<Map<String, Object>> groups = new ArrayList<>();
    byElement.forEach(
        (path, list) -> {
          Map<String, Object> g = new LinkedHashMap<>();
          g.put("anchor", anchor(path.toString()));
          g.put("element", t.shownPath(path.toString()));
          g.put(
              "location",
              plan.locate(path).map(Object::toString).orElse(h.l("text.locationUnknown")));
          g.put("count", list.size());
          g.put("countText", h.l("text.findingCount", "count", list.size()));
          List<Map<String, Object>> rows = new ArrayList<>();
          for (Finding f :
              list.stream()
                  .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId))
                  .toList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("severity", f.severity().name());
            row.put("severityName", t.severityTag(f.severity()));
            row.put("priority", "P" + f.priority());
            row.put("category", f.category().name());
            row.put("categoryName", t.category(f.category()));
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
                      row.put("severityName", t.severityTag(f.severity()));
                      row.put("ruleId", f.ruleId());
                      row.put("element", t.shownPath(f.path().toString()));
                      row.put("message", f.message());
                      baselined.add(row);
                    }));
    m.put("baselined", baselined);
    m.put("hasBaselined", baseline.isPresent());
    m.put("resolvedCount", baseline.map(b -> b.resolved().size()).filter(n -> n > 0).orElse(null));
    m.put(
        "resolvedText",
        baseline
            .map(b -> b.resolved().size())
            .filter(n -> n > 0)
            .map(n -> h.l("text.resolved", "count", n))
            .orElse(null));
    List<Map<String, Object>> suppressed = new ArrayList<>();
    for (SuppressedFinding s : r.suppressedFindings()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("ruleId", s.finding().ruleId());
      row.put("element", t.shownPath(s.finding().path().toString()));
      row.put("message", s.finding().message());
      row.put("justification", s.justification());
      suppressed.add(row);
    }
    m.put("suppressed", suppressed);
    m.put("hasSuppressed", !suppressed.isEmpty());
  }

  /** {@code s} escaped for element content: {@code &}, {@code <} and {@code >}. */
  static String content(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A filter's option: its {@code name}, and its {@code value} when the name is not the value. */
  private static Map<String, Object> option(String value, String name) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("name", name);
    o.put("value", name.equals(value) ? null : value);
    return o;
  }

  /** The next-actions partial's model: the top actions, or null (no section) when there is none. */
  private static Map<String, Object> nextActions(AssessmentReport r, ReportTexts t) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (String[] a : t.nextActions(r, Integer.MAX_VALUE)) {
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
