package io.github.crmstrategy.report.internal;

import static io.github.crmstrategy.report.internal.Formatting.code;
import static io.github.crmstrategy.report.internal.Formatting.md;
import static io.github.crmstrategy.text.Numbers.oneDecimal;

import io.github.crmstrategy.report.ReportTheme;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.BlockLevels;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.MaturityEvidence;
import io.github.crmstrategy.rules.MaturityHold;
import io.github.crmstrategy.rules.MaturityProfile;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import java.util.List;
import java.util.Map;

/** The Markdown report for pull requests and wikis. */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** The report of one plan in English, headed {@code ## }: the summary first, 100 columns. */
  public static String render(ReviewedPlan plan, List<RuleDescriptor> rules) {
    return render(plan, rules, ReportTexts.ENGLISH);
  }

  /**
   * The report of one plan in the language of {@code t}, headed {@code ## }: the summary first, at
   * most 100 columns.
   */
  public static String render(ReviewedPlan plan, List<RuleDescriptor> rules, ReportTexts t) {
    AssessmentReport r = plan.report();
    StringBuilder out = new StringBuilder();
    out.append("## ").append(t.t("md.title", "organisation", md(r.organization()))).append("\n\n");
    item(out, t.t("md.plan"), code(plan.name()));
    item(out, t.t("md.rulePack"), md(r.rulePack() + " " + r.rulePackVersion()));
    item(out, t.t("md.maturityToday"), "**" + md(t.levelAndScore(r.maturity().current())) + "**");
    item(out, t.t("md.maturityEnd"), md(t.levelAndScore(r.maturity().target())));
    ReportTheme theme = ReportTheme.defaults();
    out.append("- **")
        .append(t.t("md.route"))
        .append("** ")
        .append(md(t.routeVerdict(r, b -> HtmlReport.blockName(theme, t.locale(), b))))
        .append('\n');
    item(
        out,
        t.t("md.quality"),
        t.t(
            "md.qualityValue",
            "score",
            oneDecimal(r.documentQuality().score()),
            "aspects",
            md(t.aspects(r.documentQuality()))));
    item(
        out,
        t.t("md.findings"),
        t.t("md.findingsValue", "count", r.findings().size(), "severities", t.severityCounts(r)));
    List<Map<String, Object>> problems = t.problems(r);
    if (!problems.isEmpty()) {
      out.append("\n**").append(t.t("md.mostImportant")).append("**\n\n");
      int i = 1;
      for (Map<String, Object> p : problems) {
        out.append(i++)
            .append(". ")
            .append(icon(Severity.valueOf((String) p.get("severity"))))
            .append(' ')
            .append(md((String) p.get("message")))
            .append(" (")
            .append(code((String) p.get("element")))
            .append(p.get("more") == null ? "" : "; " + md((String) p.get("more")))
            .append(")\n");
      }
    }
    out.append('\n');

    List<String[]> actions = t.nextActions(r, 5);
    if (!actions.isEmpty()) {
      out.append("### ").append(t.t("md.nextActions")).append("\n\n");
      for (String[] a : actions) {
        out.append(String.join("\n   ", Formatting.wrapLines(md(a[0]), 96)));
        if (!a[1].isEmpty()) {
          out.append("  \n   ").append(String.join("\n   ", Formatting.wrapLines(md(a[1]), 96)));
        }
        out.append('\n');
      }
      out.append('\n');
    }
    maturity(out, r, t);
    out.append("### ").append(t.t("md.findingsHeading")).append("\n\n");
    if (r.findings().isEmpty()) {
      out.append(t.t("md.noFindings")).append("\n");
      return Formatting.wrap(out.toString(), TextReport.WIDTH);
    }
    // By severity, most important first within each (priority P1..P5), as the report orders them.
    for (Severity severity : Severity.values()) {
      List<Finding> group = r.findings().stream().filter(f -> f.severity() == severity).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.append("#### ")
          .append(icon(severity))
          .append(' ')
          .append(t.severityWord(severity))
          .append(" (")
          .append(group.size())
          .append(")\n\n");
      for (Finding f : group) {
        String where =
            plan.locate(f.path())
                .map(l -> " (" + t.t("md.line", "line", l.line()) + ")")
                .orElse("");
        out.append("- **P")
            .append(f.priority())
            .append(' ')
            .append(f.ruleId())
            .append("** ")
            .append(t.category(f.category()))
            .append(' ')
            .append(pathCode(f.path().toString(), t))
            .append(where)
            .append(": ")
            .append(md(f.message()))
            .append('\n');
      }
      out.append('\n');
    }
    out.append("### ").append(t.t("md.remediationByRule")).append("\n\n");
    r.findings().stream()
        .map(Finding::ruleId)
        .distinct()
        .sorted()
        .forEach(
            id -> {
              Finding first = r.findingsOf(id).get(0);
              String title =
                  Formatting.rule(rules, id).map(RuleDescriptor::title).orElse(first.ruleName());
              out.append("- **")
                  .append(id)
                  .append("** ")
                  .append(md(title))
                  .append(": ")
                  .append(md(first.remediation()))
                  .append('\n');
            });
    return Formatting.wrap(out.toString(), TextReport.WIDTH);
  }

  private static void item(StringBuilder out, String label, String value) {
    out.append("- **").append(label).append(":** ").append(value).append('\n');
  }

  /** A path as a code span; the document itself as the language's {@code (document)}. */
  private static String pathCode(String path, ReportTexts t) {
    return path.isEmpty() ? "*" + t.shownPath("") + "*" : Formatting.code(path);
  }

  /** The maturity section in the language of {@code tx}: explanations, blocks, criteria. */
  static void maturity(StringBuilder out, AssessmentReport r, ReportTexts tx) {
    MaturityProfile today = r.maturity().current();
    MaturityProfile target = r.maturity().target();
    out.append("### ").append(tx.t("md.maturityHeading")).append("\n\n");
    item(out, tx.t("md.today"), md(tx.explanation(today)));
    item(out, tx.t("md.endOfPlan"), md(tx.explanation(target)));
    item(out, tx.t("md.pace"), md(tx.route(r.maturity().route())));
    out.append('\n');
    out.append(tx.t("md.blocksTable")).append("\n|---|---|---:|---|---:|---:|---:|\n");
    // A row wider than the report's 100 columns (long level names in some languages) shows the
    // levels by number, named below the table.
    List<String> rows = blockRows(r, tx, true);
    boolean numbers = rows.stream().anyMatch(row -> Formatting.columns(row) > TextReport.WIDTH);
    (numbers ? blockRows(r, tx, false) : rows).forEach(row -> out.append(row).append('\n'));
    if (numbers) {
      java.util.SortedMap<Integer, String> names = new java.util.TreeMap<>();
      for (MaturityProfile p : List.of(today, target)) {
        for (BlockMaturity b : Formatting.blocks(p)) {
          names.put(b.level(), b.level() + " " + md(tx.levelName(b.levelName())));
        }
      }
      out.append('\n')
          .append(tx.t("table.levels", "levels", String.join(", ", names.values())))
          .append(".\n");
    }
    String peers =
        String.join(
            ", ",
            Formatting.levels(r).stream()
                .flatMap(l -> l.peers().keySet().stream())
                .distinct()
                .sorted()
                .toList());
    if (!peers.isEmpty()) {
      out.append("\n").append(tx.t("md.peers", "names", md(peers))).append("\n");
    }
    if (Formatting.levels(r).stream().anyMatch(l -> !l.withinPace())) {
      out.append("\n").append(tx.t("md.paceNote")).append("\n");
    }
    out.append("\n<details><summary>").append(tx.t("md.why")).append("</summary>\n\n");
    for (BlockMaturity c : Formatting.blocks(today)) {
      BlockMaturity t = target.blocks().get(c.block());
      out.append("**")
          .append(tx.block(c.block()))
          .append("**: ")
          .append(tx.t("md.todayLevel", "level", c.level()));
      if (!c.heldBy().isEmpty()) {
        out.append(", ")
            .append(
                tx.t(
                    "md.heldBy",
                    "holds",
                    md(String.join("; ", c.heldBy().stream().map(MaturityHold::text).toList()))));
      }
      out.append("\n\n");
      for (MaturityEvidence e : c.evidence()) {
        MaturityEvidence te =
            t.evidence().stream()
                .filter(x -> x.criterion().equals(e.criterion()))
                .findFirst()
                .orElse(e);
        out.append("- ")
            .append(e.status() == io.github.crmstrategy.rules.CriterionStatus.MET ? "✅ " : "⬜ ")
            .append(
                tx.t(
                    "md.criterion",
                    "tier",
                    e.tier(),
                    "criterion",
                    e.criterion(),
                    "required",
                    e.required() ? " (" + tx.t("md.required") + ")" : "",
                    "description",
                    md(e.description()),
                    "today",
                    tx.status(e.status()),
                    "detail",
                    md(e.detail()),
                    "target",
                    tx.status(te.status())))
            .append('\n');
      }
      out.append('\n');
    }
    out.append("</details>\n\n");
  }

  /** The rows of the blocks table, with the level names or by number only. */
  private static List<String> blockRows(AssessmentReport r, ReportTexts tx, boolean names) {
    MaturityProfile today = r.maturity().current();
    MaturityProfile target = r.maturity().target();
    List<String> rows = new java.util.ArrayList<>();
    for (BlockLevels l : Formatting.levels(r)) {
      BlockMaturity c = today.blocks().get(l.block());
      BlockMaturity t = target.blocks().get(l.block());
      rows.add(
          "| "
              + tx.block(l.block())
              + " | "
              + c.level()
              + (names ? " " + md(tx.levelName(c.levelName())) : "")
              + " | "
              + tx.decimal(oneDecimal(c.score()))
              + " | "
              + t.level()
              + (names ? " " + md(tx.levelName(t.levelName())) : "")
              + " | "
              + Formatting.selfCell(l, "–")
              + " | "
              + Formatting.peerCell(l, "–")
              + " | "
              + Formatting.climb(l)
              + (l.withinPace() ? "" : " ⚠")
              + " |");
    }
    return rows;
  }

  /** Several plans: a summary table, then each report. */
  public static String renderAll(List<ReviewedPlan> plans, List<RuleDescriptor> rules) {
    StringBuilder out = new StringBuilder("# CRM strategy reviews\n\n");
    out.append(
        "| Plan | Organisation | Score | Today | End of plan | Errors | Warnings | Info |\n");
    out.append("|---|---|---:|---|---|---:|---:|---:|\n");
    for (ReviewedPlan p : plans) {
      AssessmentReport r = p.report();
      out.append("| ")
          .append(code(p.name()))
          .append(" | ")
          .append(md(r.organization()))
          .append(" | ")
          .append(oneDecimal(r.maturity().current().score()))
          .append(" | ")
          .append(r.maturity().current().level())
          .append(' ')
          .append(md(r.maturity().current().levelName()))
          .append(" | ")
          .append(r.maturity().target().level())
          .append(' ')
          .append(md(r.maturity().target().levelName()))
          .append(" | ")
          .append(Formatting.count(r, Severity.ERROR))
          .append(" | ")
          .append(Formatting.count(r, Severity.WARNING))
          .append(" | ")
          .append(Formatting.count(r, Severity.INFO))
          .append(" |\n");
    }
    for (ReviewedPlan p : plans) {
      out.append('\n').append(render(p, rules));
    }
    return out.toString();
  }

  static String icon(Severity severity) {
    return switch (severity) {
      case ERROR -> "🔴";
      case WARNING -> "🟡";
      case INFO -> "🔵";
    };
  }
}
