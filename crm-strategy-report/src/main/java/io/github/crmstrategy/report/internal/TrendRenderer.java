package io.github.crmstrategy.report.internal;

import static io.github.crmstrategy.report.internal.Formatting.code;
import static io.github.crmstrategy.report.internal.Formatting.md;
import static io.github.crmstrategy.text.Numbers.oneDecimal;
import static io.github.crmstrategy.text.Numbers.signedOneDecimal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmstrategy.report.Comparison.TargetChange;
import io.github.crmstrategy.report.ReportRenderer;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.report.Trend;
import io.github.crmstrategy.report.Trend.BlockChange;
import io.github.crmstrategy.report.Trend.BlockTrend;
import io.github.crmstrategy.report.Trend.CriterionChange;
import io.github.crmstrategy.report.Trend.HoldChange;
import io.github.crmstrategy.report.Trend.Point;
import io.github.crmstrategy.report.Trend.Step;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a {@link Trend} as text, Markdown and JSON ({@link TrendHtml} builds the HTML page).
 * Tables of the blocks across revisions hold at most {@link #COLUMNS} revisions, so that text and
 * Markdown stay within 100 columns however many revisions there are: more revisions give more
 * tables.
 */
public final class TrendRenderer {
  private TrendRenderer() {}

  /** The most revisions one table of the blocks shows. */
  static final int COLUMNS = 6;

  /** {@code #n}, the position of a revision in the trend (1 for the oldest). */
  static String position(int index) {
    return "#" + (index + 1);
  }

  /** {@code revision 2, 2026-12-05}, or empty when the plan says neither. */
  static Optional<String> revision(ReviewedPlan p, ReportTexts t) {
    return p.plan()
        .revision()
        .map(
            rev -> {
              List<String> parts = new ArrayList<>();
              rev.number().ifPresent(n -> parts.add(t.t("trend.revisionNumber", "number", n)));
              rev.date().ifPresent(d -> parts.add(d.toString()));
              return String.join(", ", parts);
            })
        .filter(s -> !s.isEmpty());
  }

  /** {@code 15.0 L2}: a score and a level, as a table shows them. */
  static String cell(double score, int level, ReportTexts t) {
    return t.t("revisions.cell", "score", oneDecimal(score), "level", level);
  }

  /** {@code 15.0 L2}: a score and a level, as a sentence says them. */
  static String prose(double score, int level, ReportTexts t) {
    return t.t("revisions.cellProse", "score", oneDecimal(score), "level", level);
  }

  /** The first and the end (exclusive) revision of each table of the blocks: 0, 6, 12... */
  static List<int[]> chunks(int revisions, int columns) {
    List<int[]> chunks = new ArrayList<>();
    for (int from = 0; from < revisions; from += columns) {
      chunks.add(new int[] {from, Math.min(revisions, from + columns)});
    }
    return chunks;
  }

  private static List<BlockTrend> rows(Trend t) {
    List<BlockTrend> rows = new ArrayList<>(t.blocks());
    rows.add(t.overall());
    return rows;
  }

  /** A row's name in text and Markdown: the block id in English, its name in Russian. */
  private static String name(ReportTexts t, BlockTrend b) {
    return b.block().map(t::block).orElseGet(() -> t.t("revisions.overall"));
  }

  static long count(ReviewedPlan p, Severity s) {
    return p.report().findings().stream().filter(f -> f.severity() == s).count();
  }

  /** How the revisions were put in order, in words. */
  static String order(Trend t, ReportTexts texts) {
    return texts.t("trend.order." + t.order().name());
  }

  /** Where a criterion or a hold changed, in words. */
  static String scope(Trend.Scope s, ReportTexts t) {
    return t.t("trend.scope." + s.name());
  }

  /** A criterion change in words, without its scope. */
  static String words(CriterionChange c, ReportTexts t) {
    String points =
        Math.abs(c.pointsDelta()) < 1e-9
            ? ""
            : t.t("trend.points", "points", signedOneDecimal(c.pointsDelta()));
    String detail = c.newDetail().isBlank() ? c.oldDetail() : c.newDetail();
    return t.t(
        "trend.criterion",
        "criterion",
        c.criterion(),
        "tier",
        c.tier(),
        "old",
        t.status(c.oldStatus()),
        "new",
        t.status(c.newStatus()),
        "points",
        points,
        "detail",
        detail.isBlank() ? "" : ": " + detail);
  }

  /** A hold change in words, without its scope. */
  static String words(HoldChange h, ReportTexts t) {
    String text = h.hold().text();
    if (!t.english()
        && text.length() > 1
        && Character.isUpperCase(text.charAt(0))
        && Character.isLowerCase(text.charAt(1))) {
      // After a colon Russian goes on in lower case ("ограничение снято: данные о клиентах...").
      text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return t.t(h.lifted() ? "trend.holdLifted" : "trend.holdAdded", "text", text);
  }

  /** {@code today 7.5 L1 -> 15.0 L2, end of plan 22.5 L2 -> 30.0 L2}. */
  static String move(BlockChange b, String arrow, ReportTexts t) {
    return t.t(
        "trend.move",
        "fromToday",
        prose(b.from().score(), b.from().level(), t),
        "toToday",
        prose(b.to().score(), b.to().level(), t),
        "fromTarget",
        prose(b.from().targetScore(), b.from().targetLevel(), t),
        "toTarget",
        prose(b.to().targetScore(), b.to().targetLevel(), t),
        "arrow",
        arrow);
  }

  /** {@code 1 moved target}, {@code 3 moved targets}. */
  static String movedTargets(Step s, ReportTexts t) {
    return t.t("trend.movedTargets", "count", s.comparison().movedTargets().size());
  }

  /** {@code 3 opened, 1 resolved, 20 unchanged findings; 1 moved target}. */
  static String summary(Step s, ReportTexts t) {
    return t.t(
        "trend.stepSummary",
        "opened",
        s.opened().size(),
        "resolved",
        s.resolved().size(),
        "unchanged",
        s.comparison().unchanged().size(),
        "moved",
        movedTargets(s, t));
  }

  // Text

  /** Text for a terminal in the language of {@code x}. */
  public static String text(Trend t, boolean color, ReportTexts x) {
    TextReport.Style style = new TextReport.Style(color);
    StringBuilder out = new StringBuilder();
    List<ReviewedPlan> revs = t.revisions();
    ReviewedPlan last = revs.get(revs.size() - 1);
    out.append(
            style.bold(
                x.t(
                    "trend.title",
                    "organization",
                    last.report().organization(),
                    "count",
                    revs.size())))
        .append('\n');
    TextReport.line(out, "%s%s", ComparisonRenderer.head(x, "trend.orderLabel"), order(t, x));
    for (String w : RevisionWarnings.trend(t.order(), revs, x)) {
      TextReport.line(out, "%s%s", ComparisonRenderer.head(x, "revisions.warning"), w);
    }
    out.append('\n').append(style.bold(x.t("trend.revisions"))).append('\n');
    for (int i = 0; i < revs.size(); i++) {
      ReviewedPlan p = revs.get(i);
      String text = p.name() + revision(p, x).map(r -> " (" + r + ")").orElse("");
      out.append(String.format(Locale.ROOT, "  %-4s ", position(i)))
          .append(String.join("\n       ", Formatting.wrapLines(text, TextReport.WIDTH - 7)))
          .append('\n');
    }
    out.append('\n')
        .append(style.bold(x.t("trend.findingsPerRevision")) + " " + x.t("trend.matchedNote"))
        .append('\n');
    String[] heads = findingsHeads(x);
    int[] w = {8, 8, 6, 8, 4, 6, 8, 16};
    StringBuilder headFormat = new StringBuilder("  %-" + Math.max(w[0], heads[0].length()) + "s");
    StringBuilder rowFormat = new StringBuilder(headFormat);
    for (int i = 1; i < w.length; i++) {
      w[i] = Math.max(w[i], heads[i].length());
      headFormat.append("  %").append(w[i]).append('s');
      rowFormat.append("  %").append(w[i]).append(i >= 5 ? 's' : 'd');
    }
    TextReport.line(out, headFormat.toString(), (Object[]) heads);
    for (int i = 0; i < revs.size(); i++) {
      ReviewedPlan p = revs.get(i);
      Step step = i == 0 ? null : t.steps().get(i - 1);
      TextReport.line(
          out,
          rowFormat.toString(),
          position(i),
          p.report().findings().size(),
          count(p, Severity.ERROR),
          count(p, Severity.WARNING),
          count(p, Severity.INFO),
          step == null ? "-" : String.valueOf(step.opened().size()),
          step == null ? "-" : String.valueOf(step.resolved().size()),
          x.decimal(oneDecimal(t.documentQuality().get(i))));
    }
    out.append('\n');
    TextReport.line(out, "%s", x.t("trend.qualityNote"));
    blocksText(out, style, t, x, x.t("trend.todayTitle"), false);
    blocksText(out, style, t, x, x.t("trend.targetTitle"), true);
    for (int i = 0; i < t.steps().size(); i++) {
      stepText(out, style, x, i + 1, t.steps().get(i));
    }
    return Formatting.wrap(out.toString(), TextReport.WIDTH);
  }

  private static void blocksText(
      StringBuilder out,
      TextReport.Style style,
      Trend t,
      ReportTexts x,
      String title,
      boolean target) {
    int nameWidth = 20;
    for (BlockTrend b : rows(t)) {
      nameWidth = Math.max(nameWidth, name(x, b).length());
    }
    String change = x.t("trend.colChange");
    int changeWidth = Math.max(8, change.length());
    // As many revisions per table as keep the lines within the text width (6 in English).
    int columns =
        Math.max(1, Math.min(COLUMNS, (TextReport.WIDTH - 2 - nameWidth - (changeWidth + 1)) / 10));
    List<int[]> chunks = chunks(t.revisions().size(), columns);
    for (int[] chunk : chunks) {
      boolean lastChunk = chunk[1] == t.revisions().size();
      out.append('\n')
          .append(
              style.bold(
                  title
                      + (chunks.size() == 1
                          ? ""
                          : " "
                              + x.t(
                                  "trend.chunk",
                                  "from",
                                  position(chunk[0]),
                                  "to",
                                  position(chunk[1] - 1)))))
          .append('\n');
      StringBuilder head =
          new StringBuilder(
              String.format(Locale.ROOT, "  %-" + nameWidth + "s", x.t("revisions.colBlock")));
      for (int i = chunk[0]; i < chunk[1]; i++) {
        head.append(String.format(Locale.ROOT, " %9s", position(i)));
      }
      if (lastChunk) {
        head.append(String.format(Locale.ROOT, " %" + changeWidth + "s", change));
      }
      out.append(head).append('\n');
      for (BlockTrend b : rows(t)) {
        StringBuilder row =
            new StringBuilder(String.format(Locale.ROOT, "  %-" + nameWidth + "s", name(x, b)));
        for (int i = chunk[0]; i < chunk[1]; i++) {
          Point p = b.points().get(i);
          row.append(
              String.format(
                  Locale.ROOT,
                  " %9s",
                  target
                      ? cell(p.targetScore(), p.targetLevel(), x)
                      : cell(p.score(), p.level(), x)));
        }
        if (lastChunk) {
          Point first = b.points().get(0);
          Point end = b.points().get(b.points().size() - 1);
          double delta = target ? end.targetScore() - first.targetScore() : b.scoreDelta();
          String d = x.decimal(signedOneDecimal(delta));
          String shown = delta == 0 ? d : style.good(d, delta > 0);
          row.append(" ".repeat(Math.max(0, changeWidth + 1 - d.length()))).append(shown);
        }
        out.append(row).append('\n');
      }
    }
  }

  private static void stepText(
      StringBuilder out, TextReport.Style style, ReportTexts x, int index, Step s) {
    out.append('\n')
        .append(
            style.bold(
                x.t(
                    "trend.stepTitle",
                    "position",
                    position(index),
                    "name",
                    s.to().name(),
                    "fromPosition",
                    position(index - 1),
                    "fromName",
                    s.from().name())))
        .append('\n');
    TextReport.line(out, "  %s", summary(s, x));
    if (s.blocks().isEmpty()) {
      TextReport.line(out, "  %s", x.t("trend.movedNothing"));
    } else {
      TextReport.line(out, "  %s:", x.t("trend.movedBlocks"));
      for (BlockChange b : s.blocks()) {
        TextReport.line(out, "    %s: %s", x.block(b.block()), move(b, " -> ", x));
        for (CriterionChange c : b.criteria()) {
          TextReport.line(out, "      %s: %s", scope(c.scope(), x), words(c, x));
        }
        for (HoldChange h : b.holds()) {
          TextReport.line(out, "      %s: %s", scope(h.scope(), x), words(h, x));
        }
      }
    }
    findingsText(out, style, x, "  " + x.t("trend.opened"), s.opened());
    findingsText(out, style, x, "  " + x.t("trend.resolved"), s.resolved());
    if (!s.comparison().movedTargets().isEmpty()) {
      TextReport.line(
          out, "  %s (%d)", x.t("compare.movedTargets"), s.comparison().movedTargets().size());
      for (TargetChange m : s.comparison().movedTargets()) {
        TextReport.line(out, "    %s: %s", m.path(), ComparisonRenderer.targetMove(x, m));
      }
    }
  }

  private static void findingsText(
      StringBuilder out,
      TextReport.Style style,
      ReportTexts x,
      String title,
      List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    TextReport.line(out, "%s (%d)", title, findings.size());
    ComparisonRenderer.findingLines(out, style, x, "    ", findings);
  }

  // Markdown

  /** Markdown for pull requests and wikis in the language of {@code x}. */
  public static String markdown(Trend t, ReportTexts x) {
    StringBuilder out = new StringBuilder();
    List<ReviewedPlan> revs = t.revisions();
    ReviewedPlan last = revs.get(revs.size() - 1);
    out.append("## ")
        .append(x.t("trend.mdTitle", "organization", md(last.report().organization())))
        .append("\n\n");
    for (String w : RevisionWarnings.trend(t.order(), revs, x)) {
      out.append("> **")
          .append(x.t("revisions.warning"))
          .append(":** ")
          .append(md(w))
          .append("\n\n");
    }
    out.append(x.t("trend.mdRevisions", "count", revs.size(), "order", order(t, x)))
        .append(":\n\n");
    for (int i = 0; i < revs.size(); i++) {
      ReviewedPlan p = revs.get(i);
      out.append(i + 1)
          .append(". ")
          .append(code(p.name()))
          .append(revision(p, x).map(r -> " (" + r + ")").orElse(""))
          .append('\n');
    }
    out.append("\n### ")
        .append(x.t("trend.findingsPerRevision"))
        .append("\n\n")
        .append(x.t("trend.mdMatchedNote"))
        .append(' ')
        .append(x.t("trend.qualityNote"))
        .append("\n\n| ")
        .append(String.join(" | ", findingsHeads(x)))
        .append(" |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < revs.size(); i++) {
      ReviewedPlan p = revs.get(i);
      Step step = i == 0 ? null : t.steps().get(i - 1);
      out.append("| ")
          .append(position(i))
          .append(" | ")
          .append(p.report().findings().size())
          .append(" | ")
          .append(count(p, Severity.ERROR))
          .append(" | ")
          .append(count(p, Severity.WARNING))
          .append(" | ")
          .append(count(p, Severity.INFO))
          .append(" | ")
          .append(step == null ? "–" : String.valueOf(step.opened().size()))
          .append(" | ")
          .append(step == null ? "–" : String.valueOf(step.resolved().size()))
          .append(" | ")
          .append(x.decimal(oneDecimal(t.documentQuality().get(i))))
          .append(" |\n");
    }
    blocksMarkdown(out, t, x, x.t("trend.mdTodayTitle"), x.t("trend.mdTodayIntro"), false);
    blocksMarkdown(out, t, x, x.t("trend.mdTargetTitle"), x.t("trend.mdTargetIntro"), true);
    for (int i = 0; i < t.steps().size(); i++) {
      stepMarkdown(out, x, i + 1, t.steps().get(i));
    }
    return Formatting.wrap(out.toString(), TextReport.WIDTH);
  }

  private static void blocksMarkdown(
      StringBuilder out, Trend t, ReportTexts x, String title, String intro, boolean target) {
    out.append("\n### ").append(title).append("\n\n").append(intro).append('\n');
    for (int[] chunk : chunks(t.revisions().size(), COLUMNS)) {
      boolean lastChunk = chunk[1] == t.revisions().size();
      out.append("\n| ").append(x.t("revisions.colBlock")).append(" |");
      StringBuilder rule = new StringBuilder("|---|");
      for (int i = chunk[0]; i < chunk[1]; i++) {
        out.append(' ').append(position(i)).append(" |");
        rule.append("---:|");
      }
      if (lastChunk) {
        out.append(' ').append(x.t("trend.colChange")).append(" |");
        rule.append("---:|");
      }
      out.append('\n').append(rule).append('\n');
      for (BlockTrend b : rows(t)) {
        out.append("| ")
            .append(b.block().isPresent() ? name(x, b) : "**" + x.t("revisions.overall") + "**")
            .append(" |");
        for (int i = chunk[0]; i < chunk[1]; i++) {
          Point p = b.points().get(i);
          out.append(' ')
              .append(
                  target
                      ? cell(p.targetScore(), p.targetLevel(), x)
                      : cell(p.score(), p.level(), x))
              .append(" |");
        }
        if (lastChunk) {
          Point first = b.points().get(0);
          Point end = b.points().get(b.points().size() - 1);
          out.append(' ')
              .append(
                  x.decimal(
                      signedOneDecimal(
                          target ? end.targetScore() - first.targetScore() : b.scoreDelta())))
              .append(" |");
        }
        out.append('\n');
      }
    }
  }

  private static void stepMarkdown(StringBuilder out, ReportTexts x, int index, Step s) {
    out.append("\n### ")
        .append(x.t("trend.mdStepTitle", "position", position(index), "name", code(s.to().name())))
        .append("\n\n")
        .append(
            x.t(
                "trend.mdAgainst",
                "position",
                position(index - 1),
                "name",
                code(s.from().name()),
                "summary",
                summary(s, x)))
        .append("\n\n**")
        .append(x.t("trend.movedBlocks"))
        .append("**\n\n");
    if (s.blocks().isEmpty()) {
      out.append(x.t("trend.mdMovedNothing")).append('\n');
    }
    for (BlockChange b : s.blocks()) {
      out.append("- **")
          .append(x.block(b.block()))
          .append("**: ")
          .append(move(b, " → ", x))
          .append('\n');
      for (CriterionChange c : b.criteria()) {
        out.append("  - ")
            .append(scope(c.scope(), x))
            .append(": ")
            .append(md(words(c, x).replace(" -> ", " → ")))
            .append('\n');
      }
      for (HoldChange h : b.holds()) {
        out.append("  - ")
            .append(scope(h.scope(), x))
            .append(": ")
            .append(md(words(h, x)))
            .append('\n');
      }
    }
    findingsMarkdown(out, x, x.t("trend.opened"), s.opened());
    findingsMarkdown(out, x, x.t("trend.resolved"), s.resolved());
    if (!s.comparison().movedTargets().isEmpty()) {
      out.append("\n**").append(x.t("compare.movedTargets")).append("**\n\n");
      ComparisonRenderer.mdMovedTargets(out, x, s.comparison().movedTargets());
    }
  }

  private static void findingsMarkdown(
      StringBuilder out, ReportTexts x, String title, List<Finding> findings) {
    out.append("\n**").append(title).append(" (").append(findings.size()).append(")**\n\n");
    ComparisonRenderer.mdFindingList(out, x, findings);
  }

  /** The column heads of the findings per revision, in the text and the Markdown table. */
  private static String[] findingsHeads(ReportTexts x) {
    return new String[] {
      x.t("trend.colRevision"),
      x.t("trend.colFindings"),
      x.t("trend.colErrors"),
      x.t("trend.colWarnings"),
      x.t("trend.colInfo"),
      x.t("trend.colOpened"),
      x.t("trend.colResolved"),
      x.t("trend.colQuality")
    };
  }

  // JSON

  /** JSON, {@code formatVersion} 2, {@code kind: "trend"}, its warnings in {@code x}'s language. */
  public static String json(Trend t, ReportTexts x) {
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.put("formatVersion", ReportRenderer.JSON_FORMAT_VERSION);
    root.put("kind", "trend");
    root.put("order", id(t.order()));
    List<String> warnings = RevisionWarnings.trend(t.order(), t.revisions(), x);
    if (!warnings.isEmpty()) {
      warnings.forEach(root.putArray("warnings")::add);
    }
    ArrayNode revisions = root.putArray("revisions");
    for (int i = 0; i < t.revisions().size(); i++) {
      ReviewedPlan p = t.revisions().get(i);
      ObjectNode n = revisions.addObject();
      n.put("position", i + 1);
      n.put("plan", p.name());
      n.put("organization", p.report().organization());
      p.plan()
          .revision()
          .ifPresent(
              r -> {
                r.number().ifPresent(v -> n.put("revision", v));
                r.date().ifPresent(d -> n.put("revisionDate", d.toString()));
              });
      n.put("documentQuality", t.documentQuality().get(i));
      n.put("findings", p.report().findings().size());
      ObjectNode counts = n.putObject("countsBySeverity");
      for (Severity s : Severity.values()) {
        counts.put(s.name(), count(p, s));
      }
      if (i > 0) {
        Step step = t.steps().get(i - 1);
        n.put("opened", step.opened().size());
        n.put("resolved", step.resolved().size());
      }
    }
    ObjectNode maturity = root.putObject("maturity");
    for (BlockTrend b : rows(t)) {
      ArrayNode points = maturity.putArray(b.label());
      b.points().forEach(p -> points.add(point(p)));
    }
    ArrayNode steps = root.putArray("steps");
    for (int i = 0; i < t.steps().size(); i++) {
      Step s = t.steps().get(i);
      ObjectNode n = steps.addObject();
      n.put("from", i + 1);
      n.put("to", i + 2);
      n.set("opened", JsonReport.MAPPER.valueToTree(s.opened()));
      n.set("resolved", JsonReport.MAPPER.valueToTree(s.resolved()));
      n.put("unchanged", s.comparison().unchanged().size());
      ArrayNode moved = n.putArray("movedTargets");
      for (TargetChange m : s.comparison().movedTargets()) {
        ObjectNode mn = moved.addObject();
        mn.put("path", m.path().toString());
        ComparisonRenderer.putValue(mn, "oldValue", m.oldValue());
        ComparisonRenderer.putValue(mn, "newValue", m.newValue());
        mn.put("oldDue", m.oldDue().map(Object::toString).orElse(null));
        mn.put("newDue", m.newDue().map(Object::toString).orElse(null));
      }
      ArrayNode blocks = n.putArray("blocks");
      for (BlockChange b : s.blocks()) {
        ObjectNode bn = blocks.addObject();
        bn.put("block", b.block().id());
        bn.set("from", point(b.from()));
        bn.set("to", point(b.to()));
        ArrayNode criteria = bn.putArray("criteria");
        for (CriterionChange c : b.criteria()) {
          ObjectNode cn = criteria.addObject();
          cn.put("scope", id(c.scope()));
          cn.put("criterion", c.criterion());
          cn.put("description", c.description());
          cn.put("tier", c.tier());
          cn.set("oldStatus", JsonReport.MAPPER.valueToTree(c.oldStatus()));
          cn.set("newStatus", JsonReport.MAPPER.valueToTree(c.newStatus()));
          cn.put("oldPoints", c.oldPoints());
          cn.put("newPoints", c.newPoints());
          cn.put("oldDetail", c.oldDetail());
          cn.put("newDetail", c.newDetail());
          cn.put("path", c.path().toString());
        }
        ArrayNode holds = bn.putArray("holds");
        for (HoldChange h : b.holds()) {
          ObjectNode hn = holds.addObject();
          hn.put("scope", id(h.scope()));
          hn.put("change", h.lifted() ? "lifted" : "added");
          hn.set("kind", JsonReport.MAPPER.valueToTree(h.hold().kind()));
          hn.put("id", h.hold().id());
          hn.put("text", h.hold().text());
          hn.put("path", h.hold().path().toString());
        }
      }
    }
    return JsonReport.write(root);
  }

  private static ObjectNode point(Point p) {
    ObjectNode n = JsonReport.MAPPER.createObjectNode();
    n.put("score", p.score());
    n.put("level", p.level());
    n.put("targetScore", p.targetScore());
    n.put("targetLevel", p.targetLevel());
    return n;
  }

  /** {@code REVISION_NUMBER} as {@code revisionNumber}. */
  static String id(Enum<?> e) {
    String[] parts = e.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder b = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return b.toString();
  }
}
