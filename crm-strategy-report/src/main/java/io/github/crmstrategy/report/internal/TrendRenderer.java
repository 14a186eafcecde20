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
  static Optional<String> revision(ReviewedPlan p) {
    return p.plan()
        .revision()
        .map(
            rev -> {
              List<String> parts = new ArrayList<>();
              rev.number().ifPresent(n -> parts.add("revision " + n));
              rev.date().ifPresent(d -> parts.add(d.toString()));
              return String.join(", ", parts);
            })
        .filter(s -> !s.isEmpty());
  }

  /** {@code 15.0 L2}: a score and a level. */
  static String cell(double score, int level) {
    return oneDecimal(score) + " L" + level;
  }

  /** The first revision of each table of the blocks: 0, 6, 12... */
  static List<int[]> chunks(int revisions) {
    List<int[]> chunks = new ArrayList<>();
    for (int from = 0; from < revisions; from += COLUMNS) {
      chunks.add(new int[] {from, Math.min(revisions, from + COLUMNS)});
    }
    return chunks;
  }

  private static List<BlockTrend> rows(Trend t) {
    List<BlockTrend> rows = new ArrayList<>(t.blocks());
    rows.add(t.overall());
    return rows;
  }

  static long count(ReviewedPlan p, Severity s) {
    return p.report().findings().stream().filter(f -> f.severity() == s).count();
  }

  /** A criterion change in words, without its scope. */
  static String words(CriterionChange c) {
    String points =
        Math.abs(c.pointsDelta()) < 1e-9
            ? ""
            : ", " + signedOneDecimal(c.pointsDelta()) + " points";
    String detail = c.newDetail().isBlank() ? c.oldDetail() : c.newDetail();
    return c.criterion()
        + " (tier "
        + c.tier()
        + ") "
        + c.oldStatus().words()
        + " -> "
        + c.newStatus().words()
        + points
        + (detail.isBlank() ? "" : ": " + detail);
  }

  /** A hold change in words, without its scope. */
  static String words(HoldChange h) {
    return (h.lifted() ? "no longer held: " : "now held: ") + h.hold().text();
  }

  /** {@code today 7.5 L1 -> 15.0 L2, end of plan 22.5 L2 -> 30.0 L2}. */
  static String move(BlockChange b, String arrow) {
    return "today "
        + cell(b.from().score(), b.from().level())
        + arrow
        + cell(b.to().score(), b.to().level())
        + ", end of plan "
        + cell(b.from().targetScore(), b.from().targetLevel())
        + arrow
        + cell(b.to().targetScore(), b.to().targetLevel());
  }

  /** {@code 1 moved target}, {@code 3 moved targets}. */
  static String movedTargets(Step s) {
    int n = s.comparison().movedTargets().size();
    return n + (n == 1 ? " moved target" : " moved targets");
  }

  // Text

  /** Text for a terminal. */
  public static String text(Trend t, boolean color) {
    TextReport.Style style = new TextReport.Style(color);
    StringBuilder out = new StringBuilder();
    List<ReviewedPlan> revs = t.revisions();
    ReviewedPlan last = revs.get(revs.size() - 1);
    out.append(
            style.bold(
                "CRM strategy trend: "
                    + last.report().organization()
                    + ", "
                    + revs.size()
                    + " revisions"))
        .append('\n');
    TextReport.line(out, "Order:          %s", t.order().words());
    for (String w : t.warnings()) {
      TextReport.line(out, "Warning:        %s", w);
    }
    out.append('\n').append(style.bold("Revisions")).append('\n');
    for (int i = 0; i < revs.size(); i++) {
      ReviewedPlan p = revs.get(i);
      String text = p.name() + revision(p).map(r -> " (" + r + ")").orElse("");
      out.append(String.format(Locale.ROOT, "  %-4s ", position(i)))
          .append(String.join("\n       ", Formatting.wrapLines(text, TextReport.WIDTH - 7)))
          .append('\n');
    }
    out.append('\n')
        .append(
            style.bold("Findings per revision")
                + " (opened and resolved matched by rule id and element path)")
        .append('\n');
    TextReport.line(
        out,
        "  %-8s  %8s  %6s  %8s  %4s  %6s  %8s  %16s",
        "Revision",
        "Findings",
        "Errors",
        "Warnings",
        "Info",
        "Opened",
        "Resolved",
        "Document quality");
    for (int i = 0; i < revs.size(); i++) {
      ReviewedPlan p = revs.get(i);
      Step step = i == 0 ? null : t.steps().get(i - 1);
      TextReport.line(
          out,
          "  %-8s  %8d  %6d  %8d  %4d  %6s  %8s  %16s",
          position(i),
          p.report().findings().size(),
          count(p, Severity.ERROR),
          count(p, Severity.WARNING),
          count(p, Severity.INFO),
          step == null ? "-" : String.valueOf(step.opened().size()),
          step == null ? "-" : String.valueOf(step.resolved().size()),
          oneDecimal(t.documentQuality().get(i)));
    }
    out.append('\n');
    TextReport.line(
        out,
        "Document quality (0..100) rates how the plan is written, not the company's maturity.");
    blocksText(out, style, t, "Maturity today, score and level per revision", false);
    blocksText(out, style, t, "Maturity at the end of each revision's plan, score and level", true);
    for (int i = 0; i < t.steps().size(); i++) {
      stepText(out, style, i + 1, t.steps().get(i));
    }
    return Formatting.wrap(out.toString(), TextReport.WIDTH);
  }

  private static void blocksText(
      StringBuilder out, TextReport.Style style, Trend t, String title, boolean target) {
    List<int[]> chunks = chunks(t.revisions().size());
    for (int[] chunk : chunks) {
      boolean lastChunk = chunk[1] == t.revisions().size();
      out.append('\n')
          .append(
              style.bold(
                  title
                      + (chunks.size() == 1
                          ? ""
                          : " (" + position(chunk[0]) + " to " + position(chunk[1] - 1) + ")")))
          .append('\n');
      StringBuilder head =
          new StringBuilder(String.format(Locale.ROOT, "  %-20s", "Building block"));
      for (int i = chunk[0]; i < chunk[1]; i++) {
        head.append(String.format(Locale.ROOT, " %9s", position(i)));
      }
      if (lastChunk) {
        head.append(String.format(Locale.ROOT, " %8s", "Change"));
      }
      out.append(head).append('\n');
      for (BlockTrend b : rows(t)) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-20s", b.label()));
        for (int i = chunk[0]; i < chunk[1]; i++) {
          Point p = b.points().get(i);
          row.append(
              String.format(
                  Locale.ROOT,
                  " %9s",
                  target ? cell(p.targetScore(), p.targetLevel()) : cell(p.score(), p.level())));
        }
        if (lastChunk) {
          Point first = b.points().get(0);
          Point end = b.points().get(b.points().size() - 1);
          double delta = target ? end.targetScore() - first.targetScore() : b.scoreDelta();
          String d = signedOneDecimal(delta);
          String shown = delta == 0 ? d : style.good(d, delta > 0);
          row.append(" ".repeat(Math.max(0, 9 - d.length()))).append(shown);
        }
        out.append(row).append('\n');
      }
    }
  }

  private static void stepText(StringBuilder out, TextReport.Style style, int index, Step s) {
    out.append('\n')
        .append(
            style.bold(
                "Revision "
                    + position(index)
                    + " ("
                    + s.to().name()
                    + ") against "
                    + position(index - 1)
                    + " ("
                    + s.from().name()
                    + ")"))
        .append('\n');
    TextReport.line(
        out,
        "  %d opened, %d resolved, %d unchanged findings; %s",
        s.opened().size(),
        s.resolved().size(),
        s.comparison().unchanged().size(),
        movedTargets(s));
    if (s.blocks().isEmpty()) {
      TextReport.line(out, "  What moved the blocks: nothing; no block's maturity changed.");
    } else {
      TextReport.line(out, "  What moved the blocks:");
      for (BlockChange b : s.blocks()) {
        TextReport.line(out, "    %s: %s", b.block().id(), move(b, " -> "));
        for (CriterionChange c : b.criteria()) {
          TextReport.line(out, "      %s: %s", c.scope().words(), words(c));
        }
        for (HoldChange h : b.holds()) {
          TextReport.line(out, "      %s: %s", h.scope().words(), words(h));
        }
      }
    }
    findingsText(out, style, "  Opened findings", s.opened());
    findingsText(out, style, "  Resolved findings", s.resolved());
    if (!s.comparison().movedTargets().isEmpty()) {
      TextReport.line(out, "  Moved targets (%d)", s.comparison().movedTargets().size());
      for (TargetChange m : s.comparison().movedTargets()) {
        TextReport.line(
            out,
            "    %s: %s due %s -> %s due %s",
            m.path(),
            ComparisonRenderer.value(m.oldValue()),
            ComparisonRenderer.due(m.oldDue()),
            ComparisonRenderer.value(m.newValue()),
            ComparisonRenderer.due(m.newDue()));
      }
    }
  }

  private static void findingsText(
      StringBuilder out, TextReport.Style style, String title, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    TextReport.line(out, "%s (%d)", title, findings.size());
    ComparisonRenderer.findingLines(out, style, "    ", findings);
  }

  // Markdown

  /** Markdown for pull requests and wikis. */
  public static String markdown(Trend t) {
    StringBuilder out = new StringBuilder();
    List<ReviewedPlan> revs = t.revisions();
    ReviewedPlan last = revs.get(revs.size() - 1);
    out.append("## CRM strategy trend: ").append(md(last.report().organization())).append("\n\n");
    for (String w : t.warnings()) {
      out.append("> **Warning:** ").append(md(w)).append("\n\n");
    }
    out.append(revs.size()).append(" revisions, ").append(t.order().words()).append(":\n\n");
    for (int i = 0; i < revs.size(); i++) {
      ReviewedPlan p = revs.get(i);
      out.append(i + 1)
          .append(". ")
          .append(code(p.name()))
          .append(revision(p).map(r -> " (" + r + ")").orElse(""))
          .append('\n');
    }
    out.append(
        "\n### Findings per revision\n\nOpened and resolved findings are matched by rule id and"
            + " element path. Document quality (0..100) rates how the plan is written, not the"
            + " company's maturity.\n\n"
            + "| Revision | Findings | Errors | Warnings | Info | Opened | Resolved | Document quality |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
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
          .append(oneDecimal(t.documentQuality().get(i)))
          .append(" |\n");
    }
    blocksMarkdown(out, t, "Maturity today", "Today's score and level in each revision.", false);
    blocksMarkdown(
        out,
        t,
        "Maturity at the end of the plan",
        "The score and level at the end of each revision's plan.",
        true);
    for (int i = 0; i < t.steps().size(); i++) {
      stepMarkdown(out, i + 1, t.steps().get(i));
    }
    return Formatting.wrap(out.toString(), TextReport.WIDTH);
  }

  private static void blocksMarkdown(
      StringBuilder out, Trend t, String title, String intro, boolean target) {
    out.append("\n### ").append(title).append("\n\n").append(intro).append('\n');
    for (int[] chunk : chunks(t.revisions().size())) {
      boolean lastChunk = chunk[1] == t.revisions().size();
      out.append("\n| Building block |");
      StringBuilder rule = new StringBuilder("|---|");
      for (int i = chunk[0]; i < chunk[1]; i++) {
        out.append(' ').append(position(i)).append(" |");
        rule.append("---:|");
      }
      if (lastChunk) {
        out.append(" Change |");
        rule.append("---:|");
      }
      out.append('\n').append(rule).append('\n');
      for (BlockTrend b : rows(t)) {
        out.append("| ").append(b.block().isPresent() ? b.label() : "**overall**").append(" |");
        for (int i = chunk[0]; i < chunk[1]; i++) {
          Point p = b.points().get(i);
          out.append(' ')
              .append(target ? cell(p.targetScore(), p.targetLevel()) : cell(p.score(), p.level()))
              .append(" |");
        }
        if (lastChunk) {
          Point first = b.points().get(0);
          Point end = b.points().get(b.points().size() - 1);
          out.append(' ')
              .append(
                  signedOneDecimal(
                      target ? end.targetScore() - first.targetScore() : b.scoreDelta()))
              .append(" |");
        }
        out.append('\n');
      }
    }
  }

  private static void stepMarkdown(StringBuilder out, int index, Step s) {
    out.append("\n### Revision ")
        .append(position(index))
        .append(": ")
        .append(code(s.to().name()))
        .append("\n\nAgainst ")
        .append(position(index - 1))
        .append(' ')
        .append(code(s.from().name()))
        .append(": ")
        .append(s.opened().size())
        .append(" opened, ")
        .append(s.resolved().size())
        .append(" resolved, ")
        .append(s.comparison().unchanged().size())
        .append(" unchanged findings; ")
        .append(movedTargets(s))
        .append(".\n\n**What moved the blocks**\n\n");
    if (s.blocks().isEmpty()) {
      out.append("Nothing: no block's maturity changed.\n");
    }
    for (BlockChange b : s.blocks()) {
      out.append("- **").append(b.block().id()).append("**: ").append(move(b, " → ")).append('\n');
      for (CriterionChange c : b.criteria()) {
        out.append("  - ")
            .append(c.scope().words())
            .append(": ")
            .append(md(words(c).replace(" -> ", " → ")))
            .append('\n');
      }
      for (HoldChange h : b.holds()) {
        out.append("  - ").append(h.scope().words()).append(": ").append(md(words(h))).append('\n');
      }
    }
    findingsMarkdown(out, "Opened findings", s.opened());
    findingsMarkdown(out, "Resolved findings", s.resolved());
    if (!s.comparison().movedTargets().isEmpty()) {
      out.append(
          "\n**Moved targets**\n\n"
              + "| Indicator | Old target | Old due | New target | New due |\n"
              + "|---|---:|---|---:|---|\n");
      for (TargetChange m : s.comparison().movedTargets()) {
        out.append("| ")
            .append(code(m.path().toString()))
            .append(" | ")
            .append(ComparisonRenderer.value(m.oldValue()))
            .append(" | ")
            .append(ComparisonRenderer.due(m.oldDue()))
            .append(" | ")
            .append(ComparisonRenderer.value(m.newValue()))
            .append(" | ")
            .append(ComparisonRenderer.due(m.newDue()))
            .append(" |\n");
      }
    }
  }

  private static void findingsMarkdown(StringBuilder out, String title, List<Finding> findings) {
    out.append("\n**").append(title).append(" (").append(findings.size()).append(")**\n\n");
    ComparisonRenderer.mdFindingList(out, findings);
  }

  // JSON

  /** JSON, {@code formatVersion} 2, {@code kind: "trend"}. */
  public static String json(Trend t) {
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.put("formatVersion", ReportRenderer.JSON_FORMAT_VERSION);
    root.put("kind", "trend");
    root.put("order", id(t.order()));
    if (!t.warnings().isEmpty()) {
      t.warnings().forEach(root.putArray("warnings")::add);
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
