package io.github.crmstrategy.report.internal;

import static io.github.crmstrategy.report.internal.TrendRenderer.cell;
import static io.github.crmstrategy.report.internal.TrendRenderer.position;
import static io.github.crmstrategy.text.Numbers.oneDecimal;
import static io.github.crmstrategy.text.Numbers.signedOneDecimal;

import io.github.crmstrategy.report.ReportTheme;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.report.Trend;
import io.github.crmstrategy.report.Trend.BlockChange;
import io.github.crmstrategy.report.Trend.BlockTrend;
import io.github.crmstrategy.report.Trend.CriterionChange;
import io.github.crmstrategy.report.Trend.HoldChange;
import io.github.crmstrategy.report.Trend.Point;
import io.github.crmstrategy.report.Trend.Step;
import io.github.crmstrategy.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * The HTML page of a {@link Trend}, rendered from the theme's {@code trend} template: the
 * revisions, a line chart per building block (inline SVG with a title, a description and the data
 * as a table), and each revision against the one before it. This class builds the model the
 * template reads (docs/rules-customisation.md lists the keys); the charts' coordinates are computed
 * here, so that a theme cannot draw a number wrong.
 */
public final class TrendHtml {
  private TrendHtml() {}

  /** The chart's box (SVG user units) and its plot area. */
  static final int WIDTH = 360;

  static final int HEIGHT = 200;
  private static final double LEFT = 40;
  private static final double RIGHT = 14;
  private static final double TOP = 12;
  private static final double BOTTOM = 32;

  /** The most revision labels under one chart; more revisions label every second, third... */
  private static final int MAX_TICKS = 12;

  /** The page in the language of {@code texts}. */
  public static String html(Trend t, ReportTheme theme, ReportTexts texts) {
    return theme.render("trend", model(t, theme, new HtmlTexts(theme, texts)));
  }

  /** The model the {@code trend} template reads. */
  static Map<String, Object> model(Trend t, ReportTheme theme, HtmlTexts h) {
    ReportTexts x = h.report();
    List<ReviewedPlan> revs = t.revisions();
    ReviewedPlan first = revs.get(0);
    ReviewedPlan last = revs.get(revs.size() - 1);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("language", h.locale().getLanguage());
    m.put("text", h.templateTexts());
    m.put("organization", last.report().organization());
    m.put("title", h.l("text.trendTitle", "organization", last.report().organization()));
    m.put("count", revs.size());
    m.put("order", TrendRenderer.order(t, x));
    m.put("sub", h.l("text.trendSub", "count", revs.size(), "order", TrendRenderer.order(t, x)));
    m.put("warnings", RevisionWarnings.trend(t.order(), revs, x));
    // Sentences with apostrophes, escaped for element content only (as the page always wrote them).
    m.put("revisionsNote", HtmlReport.content(h.l("text.trendRevisionsNote")));
    m.put("legendNote", HtmlReport.content(h.l("text.trendLegendNote")));
    m.put("movedNothing", HtmlReport.content(h.l("text.trendMovedNothing")));
    m.put("rulePack", last.report().rulePack() + " " + last.report().rulePackVersion());
    // The footer partial reads the sentence the assessment report writes (the theme's text.footer).
    m.put(
        "footer",
        HtmlReport.content(
            h.l("text.footer")
                .replace(
                    "{rulePack}",
                    last.report().rulePack() + " " + last.report().rulePackVersion())));
    m.put("css", theme.css());
    m.put("logo", theme.logo().orElse(null));
    m.put("brandName", theme.label("brand.name", "logo"));
    m.put("todayLabel", h.l("series.today"));
    m.put("targetLabel", h.l("series.target"));
    int opened = t.steps().stream().mapToInt(s -> s.opened().size()).sum();
    int resolved = t.steps().stream().mapToInt(s -> s.resolved().size()).sum();
    Point a = t.overall().points().get(0);
    Point z = t.overall().points().get(revs.size() - 1);
    List<Map<String, Object>> cards = new ArrayList<>();
    cards.add(card("", a.level() + " → " + z.level(), h.l("text.trendCardLevel")));
    cards.add(
        card(
            "",
            x.decimal(oneDecimal(a.score())) + " → " + x.decimal(oneDecimal(z.score())),
            h.l("text.trendCardScore")));
    cards.add(card("", a.targetLevel() + " → " + z.targetLevel(), h.l("text.trendCardTarget")));
    cards.add(
        card(
            "",
            x.decimal(oneDecimal(t.documentQuality().get(0)))
                + " → "
                + x.decimal(oneDecimal(t.documentQuality().get(revs.size() - 1))),
            h.l("text.trendCardQuality")));
    cards.add(
        card(
            "",
            first.report().findings().size() + " → " + last.report().findings().size(),
            h.l("text.trendCardFindings", "count", last.report().findings().size())));
    cards.add(card("", String.valueOf(resolved), h.l("text.trendCardResolved", "count", resolved)));
    cards.add(card("error", String.valueOf(opened), h.l("text.trendCardOpened", "count", opened)));
    m.put("cards", cards);
    m.put("revisions", revisions(t, x));
    List<Map<String, Object>> charts = new ArrayList<>();
    for (BlockTrend b : t.blocks()) {
      charts.add(chart(b.label(), h.block(b.block().orElseThrow()), b, revs, h));
    }
    charts.add(chart("overall", h.l("text.overall"), t.overall(), revs, h));
    m.put("charts", charts);
    List<Map<String, Object>> steps = new ArrayList<>();
    for (int i = 0; i < t.steps().size(); i++) {
      steps.add(step(i + 1, t.steps().get(i), h));
    }
    m.put("steps", steps);
    return m;
  }

  private static Map<String, Object> card(String kind, String value, String label) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("kind", kind);
    c.put("value", value);
    c.put("label", label);
    return c;
  }

  private static List<Map<String, Object>> revisions(Trend t, ReportTexts x) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < t.revisions().size(); i++) {
      ReviewedPlan p = t.revisions().get(i);
      Step step = i == 0 ? null : t.steps().get(i - 1);
      Point o = t.overall().points().get(i);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("position", position(i));
      row.put("name", p.name());
      row.put("revision", TrendRenderer.revision(p, x).orElse("–"));
      row.put("findings", p.report().findings().size());
      row.put("errors", TrendRenderer.count(p, Severity.ERROR));
      row.put("warnings", TrendRenderer.count(p, Severity.WARNING));
      row.put("opened", step == null ? "–" : String.valueOf(step.opened().size()));
      row.put("resolved", step == null ? "–" : String.valueOf(step.resolved().size()));
      row.put("today", cell(o.score(), o.level(), x));
      row.put("target", cell(o.targetScore(), o.targetLevel(), x));
      row.put("quality", x.decimal(oneDecimal(t.documentQuality().get(i))));
      rows.add(row);
    }
    return rows;
  }

  private static double x(int index, int count) {
    double plot = WIDTH - LEFT - RIGHT;
    return LEFT + (count == 1 ? plot / 2 : plot * index / (count - 1));
  }

  private static double y(double score) {
    double plot = HEIGHT - TOP - BOTTOM;
    return TOP + plot * (100 - Math.max(0, Math.min(100, score))) / 100;
  }

  private static Map<String, Object> chart(
      String id, String name, BlockTrend b, List<ReviewedPlan> revs, HtmlTexts h) {
    ReportTexts x = h.report();
    String todayLabel = h.l("series.today");
    String targetLabel = h.l("series.target");
    int n = b.points().size();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("name", name);
    c.put(
        "caption",
        h.l(
            "text.trendCaption",
            "change",
            x.decimal(signedOneDecimal(b.scoreDelta())),
            "today",
            sequence(b, Point::level),
            "target",
            sequence(b, Point::targetLevel)));
    c.put("title", h.l("text.trendChartTitle", "name", name));
    c.put("width", WIDTH);
    c.put("height", HEIGHT);
    List<Map<String, Object>> grid = new ArrayList<>();
    for (int v = 0; v <= 100; v += 25) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("x1", HtmlReport.fmt(LEFT));
      g.put("x2", HtmlReport.fmt(WIDTH - RIGHT));
      g.put("y", HtmlReport.fmt(y(v)));
      g.put("labelX", HtmlReport.fmt(LEFT - 6));
      g.put("labelY", HtmlReport.fmt(y(v) + 4));
      g.put("label", String.valueOf(v));
      grid.add(g);
    }
    c.put("grid", grid);
    int every = (n + MAX_TICKS - 1) / MAX_TICKS;
    List<Map<String, Object>> ticks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i % every != 0 && i != n - 1) {
        continue;
      }
      Map<String, Object> tick = new LinkedHashMap<>();
      tick.put("x", HtmlReport.fmt(x(i, n)));
      tick.put("y", HtmlReport.fmt(HEIGHT - BOTTOM + 18));
      tick.put("label", position(i));
      ticks.add(tick);
    }
    c.put("ticks", ticks);
    c.put("todayPoints", points(b, Point::score));
    c.put("targetPoints", points(b, Point::targetScore));
    c.put("todayDots", dots(b, revs, todayLabel, Point::score, Point::level, h));
    c.put("targetDots", dots(b, revs, targetLabel, Point::targetScore, Point::targetLevel, h));
    c.put("levelsToday", sequence(b, Point::level));
    c.put("levelsTarget", sequence(b, Point::targetLevel));
    c.put(
        "desc",
        todayLabel
            + ": "
            + series(b, Point::score, Point::level, h)
            + ". "
            + targetLabel
            + ": "
            + series(b, Point::targetScore, Point::targetLevel, h)
            + ".");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Point p = b.points().get(i);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("position", position(i));
      row.put("score", x.decimal(oneDecimal(p.score())));
      row.put("level", p.level());
      row.put("targetScore", x.decimal(oneDecimal(p.targetScore())));
      row.put("targetLevel", p.targetLevel());
      rows.add(row);
    }
    c.put("rows", rows);
    c.put("change", x.decimal(signedOneDecimal(b.scoreDelta())));
    return c;
  }

  private static String points(BlockTrend b, ToDoubleFunction<Point> value) {
    int n = b.points().size();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : " ")
          .append(HtmlReport.fmt(x(i, n)))
          .append(',')
          .append(HtmlReport.fmt(y(value.applyAsDouble(b.points().get(i)))));
    }
    return s.toString();
  }

  private static List<Map<String, Object>> dots(
      BlockTrend b,
      List<ReviewedPlan> revs,
      String series,
      ToDoubleFunction<Point> score,
      ToIntFunction<Point> level,
      HtmlTexts h) {
    int n = b.points().size();
    List<Map<String, Object>> dots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Point p = b.points().get(i);
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("x", HtmlReport.fmt(x(i, n)));
      d.put("y", HtmlReport.fmt(y(score.applyAsDouble(p))));
      d.put(
          "title",
          h.l(
              "text.trendDot",
              "position",
              position(i),
              "name",
              revs.get(i).name(),
              "series",
              series,
              "score",
              h.report().decimal(oneDecimal(score.applyAsDouble(p))),
              "level",
              level.applyAsInt(p)));
      dots.add(d);
    }
    return dots;
  }

  private static String sequence(BlockTrend b, ToIntFunction<Point> level) {
    return String.join(
        " → ", b.points().stream().map(p -> String.valueOf(level.applyAsInt(p))).toList());
  }

  private static String series(
      BlockTrend b, ToDoubleFunction<Point> score, ToIntFunction<Point> level, HtmlTexts h) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < b.points().size(); i++) {
      Point p = b.points().get(i);
      parts.add(
          h.l(
              "text.trendSeriesPoint",
              "position",
              position(i),
              "score",
              h.report().decimal(oneDecimal(score.applyAsDouble(p))),
              "level",
              level.applyAsInt(p)));
    }
    return String.join(", ", parts);
  }

  private static Map<String, Object> step(int index, Step s, HtmlTexts h) {
    ReportTexts x = h.report();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("position", position(index));
    m.put("anchor", "step-" + (index + 1));
    m.put("name", s.to().name());
    m.put("fromPosition", position(index - 1));
    m.put("fromName", s.from().name());
    m.put("summary", TrendRenderer.summary(s, x) + ".");
    List<Map<String, Object>> blocks = new ArrayList<>();
    for (BlockChange b : s.blocks()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", h.block(b.block()));
      row.put(
          "today",
          cell(b.from().score(), b.from().level(), x)
              + " → "
              + cell(b.to().score(), b.to().level(), x));
      row.put(
          "target",
          cell(b.from().targetScore(), b.from().targetLevel(), x)
              + " → "
              + cell(b.to().targetScore(), b.to().targetLevel(), x));
      List<Map<String, Object>> items = new ArrayList<>();
      for (CriterionChange c : b.criteria()) {
        items.add(
            item(
                TrendRenderer.scope(c.scope(), x),
                TrendRenderer.words(c, x).replace(" -> ", " → ")));
      }
      for (HoldChange hold : b.holds()) {
        items.add(item(TrendRenderer.scope(hold.scope(), x), TrendRenderer.words(hold, x)));
      }
      row.put("items", items);
      blocks.add(row);
    }
    m.put("blocks", blocks);
    m.put("hasBlocks", !blocks.isEmpty());
    String prefix = "step-" + (index + 1) + "-";
    m.put(
        "findingTables",
        List.of(
            ComparisonRenderer.findingTable(
                prefix + "opened", "h4", h.l("text.trendOpened"), s.opened(), x),
            ComparisonRenderer.findingTable(
                prefix + "resolved", "h4", h.l("text.trendResolved"), s.resolved(), x)));
    List<Map<String, Object>> moved = ComparisonRenderer.movedTargets(s.comparison(), x);
    m.put("movedTargets", moved);
    m.put("hasMovedTargets", !moved.isEmpty());
    return m;
  }

  private static Map<String, Object> item(String scope, String text) {
    Map<String, Object> i = new LinkedHashMap<>();
    i.put("scope", scope);
    i.put("text", text);
    return i;
  }
}
