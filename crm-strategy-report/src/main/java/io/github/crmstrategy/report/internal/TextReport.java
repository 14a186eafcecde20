package io.github.crmstrategy.report.internal;

import static io.github.crmstrategy.text.Numbers.oneDecimal;

import io.github.crmstrategy.report.ReportTheme;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.BlockLevels;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.CriterionStatus;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.MaturityHold;
import io.github.crmstrategy.rules.MaturityProfile;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The terminal report: maturity today and at the end of the plan side by side, the document's
 * quality, then the findings grouped by severity, most important first (priority 1 to 5), each with
 * its rule, category, element and place.
 */
public final class TextReport {
  private TextReport() {}

  /** ANSI styling, or none. */
  public record Style(boolean on) {
    String bold(String s) {
      return on ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    String dim(String s) {
      return on ? "\u001b[2m" + s + "\u001b[0m" : s;
    }

    String severity(Severity severity, String s) {
      if (!on) {
        return s;
      }
      String code =
          switch (severity) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
          };
      return code + s + "\u001b[0m";
    }

    String good(String s, boolean good) {
      return on ? (good ? "\u001b[32m" : "\u001b[31m") + s + "\u001b[0m" : s;
    }
  }

  /** The widest line of the text and Markdown reports, in columns. */
  public static final int WIDTH = 100;

  /** The report of one plan in English: the summary first, then maturity, findings, remediation. */
  public static String render(ReviewedPlan plan, List<RuleDescriptor> rules, boolean color) {
    return render(plan, rules, color, ReportTexts.ENGLISH);
  }

  /**
   * The report of one plan in the language of {@code t}: the summary first, then maturity, the
   * findings by severity and one remediation per rule.
   */
  public static String render(
      ReviewedPlan plan, List<RuleDescriptor> rules, boolean color, ReportTexts t) {
    StringBuilder out = new StringBuilder();
    Style style = new Style(color);
    AssessmentReport report = plan.report();
    out.append(style.bold(plan.name())).append('\n');
    line(out, "%s%s", t.label("label.organisation"), report.organization());
    line(out, "%s%s %s", t.label("label.rulePack"), report.rulePack(), report.rulePackVersion());
    summary(out, report, style, t);
    maturity(out, report, t);
    List<Finding> findings = report.findings();
    line(out, "%s", t.t("findings.heading"));
    if (!report.suppressedFindings().isEmpty()) {
      line(
          out,
          "%s%s",
          t.label("label.suppressed"),
          t.t("suppressed.value", "count", report.suppressedFindings().size()));
    }
    // Grouped by severity, most important first within each (the report's order: severity, then
    // priority); each finding names its priority and category, its remediation comes once per rule
    // below.
    for (Severity severity : Severity.values()) {
      List<Finding> group = findings.stream().filter(f -> f.severity() == severity).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.append('\n')
          .append(style.severity(severity, style.bold(t.severity(severity))))
          .append(" (")
          .append(group.size())
          .append(")\n");
      for (Finding f : group) {
        String where = plan.locate(f.path()).map(l -> "  " + style.dim(l.toString())).orElse("");
        line(
            out,
            "  P%d [%s] %s %s%s",
            f.priority(),
            style.severity(severity, f.ruleId()),
            style.dim(t.category(f.category())),
            t.shownPath(f.path().toString()),
            where);
        line(out, "      %s", f.message());
      }
    }
    remediations(out, findings, style, t);
    return Formatting.wrap(out.toString(), WIDTH);
  }

  /**
   * The summary that heads the report: maturity today and at the end of the plan, whether the route
   * gets there, the findings by severity and the three most important problems.
   */
  static void summary(StringBuilder out, AssessmentReport report, Style style, ReportTexts t) {
    MaturityProfile today = report.maturity().current();
    MaturityProfile target = report.maturity().target();
    line(
        out,
        "%s%s",
        t.label("label.today"),
        t.t("summary.maturity", "levelAndScore", t.levelAndScore(today)));
    line(
        out,
        "%s%s",
        t.label("label.endOfPlan"),
        t.t("summary.maturity", "levelAndScore", t.levelAndScore(target)));
    ReportTheme theme = ReportTheme.defaults();
    line(
        out,
        "%s%s",
        t.label("label.route"),
        t.routeVerdict(report, b -> HtmlReport.blockName(theme, t.locale(), b)));
    line(
        out,
        "%s%s",
        t.label("label.findings"),
        t.t(
            "summary.findings",
            "count",
            report.findings().size(),
            "severities",
            Arrays.stream(Severity.values())
                .map(s -> style.severity(s, t.severityCount(s, Formatting.count(report, s))))
                .collect(Collectors.joining(", "))));
    List<Map<String, Object>> problems = t.problems(report);
    if (!problems.isEmpty()) {
      line(out, "%s", t.t("summary.mostImportant"));
      int i = 1;
      for (Map<String, Object> p : problems) {
        line(
            out,
            "  %d. [%s] %s (%s)%s",
            i++,
            p.get("tag"),
            p.get("message"),
            p.get("element"),
            p.get("more") == null ? "" : "; " + p.get("more"));
      }
    }
    out.append('\n');
  }

  /** What to change, one line per rule that found something, in the order they first appear. */
  static void remediations(StringBuilder out, List<Finding> findings, Style style, ReportTexts t) {
    Map<String, Finding> byRule = new LinkedHashMap<>();
    findings.forEach(f -> byRule.putIfAbsent(f.ruleId(), f));
    if (byRule.values().stream().allMatch(f -> f.remediation().isBlank())) {
      return;
    }
    out.append('\n').append(style.bold(t.t("remediation.heading"))).append('\n');
    for (Finding f : byRule.values()) {
      if (f.remediation().isBlank()) {
        continue;
      }
      long n = findings.stream().filter(x -> x.ruleId().equals(f.ruleId())).count();
      line(
          out,
          "  [%s] %s%s",
          style.severity(f.severity(), f.ruleId()),
          f.remediation(),
          n == 1 ? "" : " " + t.t("remediation.findings", "count", n));
    }
  }

  /**
   * The maturity section: how each overall level is computed, the route, the document's quality,
   * the next actions, the blocks side by side with the self-assessment and the peers, and what
   * holds each block today.
   */
  static void maturity(StringBuilder out, AssessmentReport report, ReportTexts t) {
    MaturityProfile today = report.maturity().current();
    MaturityProfile target = report.maturity().target();
    line(out, "%s%s", t.label("label.levelToday"), t.explanation(today));
    line(out, "%s%s", t.label("label.levelAtEnd"), t.explanation(target));
    line(out, "%s%s", t.label("label.pace"), t.route(report.maturity().route()));
    line(
        out,
        "%s%s",
        t.label("label.document"),
        t.t(
            "document.quality",
            "score",
            oneDecimal(report.documentQuality().score()),
            "aspects",
            t.aspects(report.documentQuality())));
    List<String[]> actions = t.nextActions(report, 5);
    if (!actions.isEmpty()) {
      out.append('\n');
      line(out, "%s", t.t("nextActions.heading", "count", actions.size()));
      for (String[] a : actions) {
        List<String> title = Formatting.wrapLines(a[0], 96);
        for (int i = 0; i < title.size(); i++) {
          line(out, i == 0 ? "  %s" : "     %s", title.get(i));
        }
        Formatting.wrapLines(a[1], 93).forEach(l -> line(out, "     %s", l));
      }
    }
    out.append('\n');
    blocksTable(out, report, t);
    out.append('\n');
    line(out, "%s", t.t("holds.heading"));
    for (BlockMaturity b : Formatting.blocks(today)) {
      if (b.heldBy().isEmpty()) {
        continue;
      }
      long met = b.evidence().stream().filter(e -> e.status() == CriterionStatus.MET).count();
      line(
          out,
          "  - %s",
          t.t(
              "holds.line",
              "block",
              t.block(b.block()),
              "level",
              b.level(),
              "met",
              met,
              "total",
              b.evidence().size(),
              "holds",
              String.join("; ", b.heldBy().stream().map(MaturityHold::text).toList())));
    }
    out.append('\n');
  }

  /**
   * The blocks side by side: today's score and level, the level at the end of the plan, the
   * self-assessment, the peers and the climb. Columns are as wide as their widest cell (in English
   * at least the widths it always had); when the level names would make the table wider than {@link
   * #WIDTH}, the levels are shown by number with a line that names them.
   */
  static void blocksTable(StringBuilder out, AssessmentReport report, ReportTexts t) {
    MaturityProfile today = report.maturity().current();
    MaturityProfile target = report.maturity().target();
    List<BlockLevels> levels = Formatting.levels(report);
    String[] head = {
      t.t("table.block"),
      t.t("table.score"),
      t.t("table.today"),
      t.t("table.endOfPlan"),
      t.t("table.self"),
      t.t("table.peers"),
      t.t("table.climb")
    };
    List<String[]> rows = new ArrayList<>();
    for (BlockLevels l : levels) {
      BlockMaturity c = today.blocks().get(l.block());
      BlockMaturity e = target.blocks().get(l.block());
      rows.add(
          new String[] {
            t.block(l.block()),
            t.decimal(oneDecimal(c.score())),
            c.level() + " " + t.levelName(c.levelName()),
            e.level() + " " + t.levelName(e.levelName()),
            Formatting.selfCell(l, "-"),
            Formatting.peerCell(l, "-"),
            Formatting.climb(l) + (l.withinPace() ? "" : "!")
          });
    }
    // English keeps the widths it always had (a block id, "4 Quantitatively managed"); other
    // languages take what their words need.
    int[] min = t.english() ? new int[] {20, 6, 24, 24, 4, 6, 6} : new int[] {0, 6, 0, 0, 0, 0, 0};
    int[] width = widths(head, rows, min);
    boolean numbers = total(width) > WIDTH;
    if (numbers) {
      for (String[] row : rows) {
        row[2] = row[2].substring(0, row[2].indexOf(' '));
        row[3] = row[3].substring(0, row[3].indexOf(' '));
      }
      width = widths(head, rows, new int[] {0, 6, 0, 0, 0, 0, 0});
    }
    String format =
        "  %-" + width[0] + "s %" + width[1] + "s  %-" + width[2] + "s %-" + width[3] + "s %"
            + width[4] + "s %" + width[5] + "s %" + width[6] + "s";
    line(out, format, (Object[]) head);
    for (String[] row : rows) {
      line(out, format, (Object[]) row);
    }
    if (numbers) {
      java.util.SortedMap<Integer, String> names = new java.util.TreeMap<>();
      for (MaturityProfile p : List.of(today, target)) {
        for (BlockMaturity b : Formatting.blocks(p)) {
          names.put(b.level(), b.level() + " " + t.levelName(b.levelName()));
        }
      }
      line(out, "  %s", t.t("table.levels", "levels", String.join(", ", names.values())));
    }
    String peers =
        String.join(
            ", ",
            levels.stream().flatMap(l -> l.peers().keySet().stream()).distinct().sorted().toList());
    if (!peers.isEmpty()) {
      line(out, "  %s", t.t("peers", "names", peers));
    }
    if (levels.stream().anyMatch(l -> !l.withinPace())) {
      line(out, "  %s", t.t("pace.note"));
    }
  }

  private static int[] widths(String[] head, List<String[]> rows, int[] min) {
    int[] width = min.clone();
    for (int i = 0; i < width.length; i++) {
      width[i] = Math.max(width[i], head[i].length());
      for (String[] row : rows) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    return width;
  }

  /** The columns a table line of {@code width} takes: the indent, the cells, the gaps. */
  private static int total(int[] width) {
    return 2 + java.util.stream.IntStream.of(width).sum() + width.length;
  }

  /** Several plans, each in the language {@code texts} gives it. */
  public static String renderAll(
      List<ReviewedPlan> plans,
      List<RuleDescriptor> rules,
      boolean color,
      java.util.function.Function<ReviewedPlan, ReportTexts> texts) {
    return plans.stream()
        .map(p -> render(p, rules, color, texts.apply(p)))
        .collect(Collectors.joining("\n"));
  }

  static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
