package io.github.crmstrategy.report.internal;

import static io.github.crmstrategy.report.internal.Formatting.code;
import static io.github.crmstrategy.report.internal.Formatting.md;
import static io.github.crmstrategy.text.Numbers.oneDecimal;

import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import java.util.List;
import java.util.stream.Collectors;

/** The Markdown report for pull requests and wikis. */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** The report of one plan, headed {@code ## }. */
  public static String render(ReviewedPlan plan, List<RuleDescriptor> rules) {
    AssessmentReport r = plan.report();
    StringBuilder out = new StringBuilder();
    out.append("## CRM strategy review: ").append(md(r.organization())).append("\n\n");
    out.append("| | |\n|---|---|\n");
    out.append("| Plan | ").append(code(plan.name())).append(" |\n");
    out.append("| Rule pack | ")
        .append(md(r.rulePack() + " " + r.rulePackVersion()))
        .append(" |\n");
    out.append("| CRM maturity | **")
        .append(oneDecimal(r.maturity().score()))
        .append("** / 100, level ")
        .append(r.maturity().level())
        .append(" (")
        .append(md(r.maturity().levelName()))
        .append(") |\n");
    out.append("| Findings | ")
        .append(r.findings().size())
        .append(": ")
        .append(
            java.util.Arrays.stream(Severity.values())
                .map(s -> Formatting.count(r, s) + " " + Formatting.lower(s))
                .collect(Collectors.joining(", ")))
        .append(" |\n\n");

    out.append("### Maturity\n\n");
    out.append("| Building block | Score | Level | Self-assessed |\n|---|---:|---|---:|\n");
    for (BlockMaturity b : Formatting.blocks(r)) {
      out.append("| ")
          .append(b.block().id())
          .append(" | ")
          .append(oneDecimal(b.score()))
          .append(" | ")
          .append(b.level())
          .append(" ")
          .append(md(b.levelName()))
          .append(" | ")
          .append(
              b.selfAssessedLevel().isPresent()
                  ? String.valueOf(b.selfAssessedLevel().getAsInt())
                  : "–")
          .append(" |\n");
    }
    out.append('\n');

    out.append("### Findings\n\n");
    if (r.findings().isEmpty()) {
      out.append("No findings.\n");
      return out.toString();
    }
    out.append(
        "| Severity | Priority | Category | Rule | Element | Message |\n|---|---:|---|---|---|---|\n");
    for (Finding f : r.findings()) {
      String where = plan.locate(f.path()).map(l -> " (line " + l.line() + ")").orElse("");
      out.append("| ")
          .append(icon(f.severity()))
          .append(' ')
          .append(f.severity().name())
          .append(" | P")
          .append(f.priority())
          .append(" | ")
          .append(f.category().name())
          .append(" | ")
          .append(f.ruleId())
          .append(" | ")
          .append(code(f.path().toString()))
          .append(where)
          .append(" | ")
          .append(md(f.message()))
          .append(" |\n");
    }
    out.append("\n<details><summary>Remediation by rule</summary>\n\n");
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

  /** Several plans: a summary table, then each report. */
  public static String renderAll(List<ReviewedPlan> plans, List<RuleDescriptor> rules) {
    StringBuilder out = new StringBuilder("# CRM strategy reviews\n\n");
    out.append("| Plan | Organisation | Maturity | Level | Errors | Warnings | Info |\n");
    out.append("|---|---|---:|---|---:|---:|---:|\n");
    for (ReviewedPlan p : plans) {
      AssessmentReport r = p.report();
      out.append("| ")
          .append(code(p.name()))
          .append(" | ")
          .append(md(r.organization()))
          .append(" | ")
          .append(oneDecimal(r.maturity().score()))
          .append(" | ")
          .append(r.maturity().level())
          .append(' ')
          .append(md(r.maturity().levelName()))
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
