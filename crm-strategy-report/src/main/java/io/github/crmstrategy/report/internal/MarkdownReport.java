package io.github.crmstrategy.report.internal;

import static io.github.crmstrategy.report.internal.Formatting.code;
import static io.github.crmstrategy.report.internal.Formatting.md;
import static io.github.crmstrategy.text.Numbers.oneDecimal;

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
import java.util.stream.Collectors;

/** The Markdown report for pull requests and wikis. */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** The report of one plan, headed {@code ## }. */
  public static String render(ReviewedPlan plan, List<RuleDescriptor> rules) {
    return render(plan, rules, ReportTexts.ENGLISH);
  }

  /** The report of one plan in the language of {@code t}. */
  public static String render(ReviewedPlan plan, List<RuleDescriptor> rules, ReportTexts t) {
    AssessmentReport r = plan.report();
    StringBuilder out = new StringBuilder();
    out.append("## ").append(md(t.t("md.title", "organisation", r.organization()))).append("\n\n");
    out.append("| | |\n|---|---|\n");
    out.append("| ").append(t.t("md.plan")).append(" | ").append(code(plan.name())).append(" |\n");
    out.append("| ")
        .append(t.t("md.rulePack"))
        .append(" | ")
        .append(md(r.rulePack() + " " + r.rulePackVersion()))
        .append(" |\n");
    out.append("| ")
        .append(t.t("md.maturityToday"))
        .append(" | **")
        .append(md(t.levelAndScore(r.maturity().current())))
        .append("** |\n");
    out.append("| ")
        .append(t.t("md.maturityEnd"))
        .append(" | ")
        .append(md(t.levelAndScore(r.maturity().target())))
        .append(" |\n");
    out.append("| ")
        .append(t.t("md.quality"))
        .append(" | ")
        .append(oneDecimal(r.documentQuality().score()))
        .append(" / 100: ")
        .append(md(t.aspects(r.documentQuality())))
        .append(" |\n");
    out.append("| ")
        .append(t.t("md.findings"))
        .append(" | ")
        .append(r.findings().size())
        .append(": ")
        .append(
            java.util.Arrays.stream(Severity.values())
                .map(
                    s ->
                        t.english()
                            ? Formatting.count(r, s) + " " + Formatting.lower(s)
                            : t.severityCount(s, Formatting.count(r, s)))
                .collect(Collectors.joining(", ")))
        .append(" |\n\n");

    maturity(out, r, t);
    out.append("### ").append(t.t("md.findingsHeading")).append("\n\n");
    if (r.findings().isEmpty()) {
      out.append(t.t("md.noFindings")).append("\n");
      return out.toString();
    }
    out.append(t.t("md.findingsTable")).append("\n|---|---:|---|---|---|---|\n");
    for (Finding f : r.findings()) {
      String where =
          plan.locate(f.path()).map(l -> " (" + t.t("md.line", "line", l.line()) + ")").orElse("");
      out.append("| ")
          .append(icon(f.severity()))
          .append(' ')
          .append(t.severity(f.severity()))
          .append(" | P")
          .append(f.priority())
          .append(" | ")
          .append(t.english() ? f.category().name() : t.category(f.category()))
          .append(" | ")
          .append(f.ruleId())
          .append(" | ")
          .append(code(f.path().toString()))
          .append(where)
          .append(" | ")
          .append(md(f.message()))
          .append(" |\n");
    }
    out.append("\n<details><summary>").append(t.t("md.remediationByRule")).append("</summary>\n\n");
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
    out.append("\n</details>\n");
    return out.toString();
  }

  /** The maturity section: explanations, the blocks side by side, each block's criteria. */
  static void maturity(StringBuilder out, AssessmentReport r) {
    maturity(out, r, ReportTexts.ENGLISH);
  }

  /** The maturity section in the language of {@code tx}. */
  static void maturity(StringBuilder out, AssessmentReport r, ReportTexts tx) {
    MaturityProfile today = r.maturity().current();
    MaturityProfile target = r.maturity().target();
    out.append("### ").append(tx.t("md.maturityHeading")).append("\n\n");
    out.append("- **").append(tx.t("md.today")).append(":** ");
    out.append(md(tx.explanation(today))).append('\n');
    out.append("- **").append(tx.t("md.endOfPlan")).append(":** ");
    out.append(md(tx.explanation(target))).append('\n');
    out.append("- **").append(tx.t("md.route")).append(":** ");
    out.append(md(tx.route(r.maturity().route()))).append("\n\n");
    out.append(tx.t("md.blocksTable")).append("\n|---|---|---:|---|---:|---:|---:|---|\n");
    for (BlockLevels l : Formatting.levels(r)) {
      BlockMaturity c = today.blocks().get(l.block());
      BlockMaturity t = target.blocks().get(l.block());
      out.append("| ")
          .append(tx.block(l.block()))
          .append(" | ")
          .append(c.level())
          .append(' ')
          .append(md(tx.levelName(c.levelName())))
          .append(" | ")
          .append(oneDecimal(c.score()))
          .append(" | ")
          .append(t.level())
          .append(' ')
          .append(md(tx.levelName(t.levelName())))
          .append(" | ")
          .append(Formatting.selfCell(l, "–"))
          .append(" | ")
          .append(Formatting.peerCell(l, "–"))
          .append(" | ")
          .append(Formatting.climb(l))
          .append(l.withinPace() ? "" : " ⚠")
          .append(" | ")
          .append(
              md(
                  String.join(
                      ", ",
                      c.heldBy().stream()
                          .map(
                              h ->
                                  h.kind() == MaturityHold.Kind.PREREQUISITE
                                      ? tx.t("md.restsOn", "block", h.id())
                                      : h.id())
                          .toList())))
          .append(" |\n");
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
      out.append("\n").append(md(tx.t("md.peers", "names", peers))).append("\n");
    }
    if (Formatting.levels(r).stream().anyMatch(l -> !l.withinPace())) {
      out.append("\n").append(tx.t("md.pace")).append("\n");
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
                md(
                    tx.t(
                        "md.heldBy",
                        "holds",
                        String.join("; ", c.heldBy().stream().map(MaturityHold::text).toList()))));
      }
      out.append("\n\n").append(tx.t("md.criteriaTable")).append("\n|---:|---|---|---|---|\n");
      for (MaturityEvidence e : c.evidence()) {
        MaturityEvidence te =
            t.evidence().stream()
                .filter(x -> x.criterion().equals(e.criterion()))
                .findFirst()
                .orElse(e);
        out.append("| ")
            .append(e.tier())
            .append(" | ")
            .append(e.criterion())
            .append(e.required() ? " (" + tx.t("md.required") + ")" : "")
            .append(": ")
            .append(md(e.description()))
            .append(" | ")
            .append(tx.status(e.status()))
            .append(" | ")
            .append(tx.status(te.status()))
            .append(" | ")
            .append(md(e.detail()))
            .append(" |\n");
      }
      out.append('\n');
    }
    out.append("</details>\n\n");
  }

  /** Several plans: a summary table, then each report. */
  public static String renderAll(List<ReviewedPlan> plans, List<RuleDescriptor> rules) {
    StringBuilder out = new StringBuilder("# CRM strategy reviews\n\n");
    out.append(
        "| Plan | Organisation | Maturity today | Level today | Level at the end of the plan"
            + " | Errors | Warnings | Info |\n");
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
