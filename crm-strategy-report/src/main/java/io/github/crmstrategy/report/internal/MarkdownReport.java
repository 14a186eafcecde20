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

  /** The report of one plan, headed {@code ## }: the summary first, at most 100 columns. */
  /** The report of one plan in the language of {@code t} (being re-applied after the merge). */
  public static String render(ReviewedPlan plan, List<RuleDescriptor> rules, ReportTexts t) {
    return render(plan, rules);
  }

  public static String render(ReviewedPlan plan, List<RuleDescriptor> rules) {
    AssessmentReport r = plan.report();
    StringBuilder out = new StringBuilder();
    out.append("## CRM strategy review: ").append(md(r.organization())).append("\n\n");
    out.append("- **Plan:** ").append(code(plan.name())).append('\n');
    out.append("- **Rule pack:** ")
        .append(md(r.rulePack() + " " + r.rulePackVersion()))
        .append('\n');
    out.append("- **CRM maturity today:** **")
        .append(md(Formatting.levelAndScore(r.maturity().current())))
        .append("**\n");
    out.append("- **CRM maturity at the end of the plan:** ")
        .append(md(Formatting.levelAndScore(r.maturity().target())))
        .append('\n');
    out.append("- **Does the route get there?** ")
        .append(
            md(
                HtmlReport.routeVerdict(
                    r, Formatting.levels(r), io.github.crmstrategy.report.ReportTheme.defaults())))
        .append('\n');
    out.append("- **Document quality (not maturity):** ")
        .append(oneDecimal(r.documentQuality().score()))
        .append(" / 100: ")
        .append(md(Formatting.aspects(r.documentQuality())))
        .append('\n');
    out.append("- **Findings:** ")
        .append(r.findings().size())
        .append(": ")
        .append(
            java.util.Arrays.stream(Severity.values())
                .map(
                    s ->
                        Formatting.count(r, s)
                            + " "
                            + Formatting.lower(s)
                            + (s == Severity.INFO || Formatting.count(r, s) == 1 ? "" : "s"))
                .collect(Collectors.joining(", ")))
        .append("\n");
    List<java.util.Map<String, Object>> problems = HtmlReport.problems(r);
    if (!problems.isEmpty()) {
      out.append("\n**The most important problems:**\n\n");
      int i = 1;
      for (java.util.Map<String, Object> p : problems) {
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

    List<String[]> actions = Formatting.nextActions(r, 5);
    if (!actions.isEmpty()) {
      out.append("### Next actions\n\n");
      for (String[] a : actions) {
        out.append(String.join("\n   ", Formatting.wrapLines(md(a[0]), 96)));
        if (!a[1].isEmpty()) {
          out.append("  \n   ").append(String.join("\n   ", Formatting.wrapLines(md(a[1]), 96)));
        }
        out.append('\n');
      }
      out.append('\n');
    }
    maturity(out, r);
    out.append("### Findings\n\n");
    if (r.findings().isEmpty()) {
      out.append("No findings.\n");
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
          .append(Formatting.lower(severity))
          .append(" (")
          .append(group.size())
          .append(")\n\n");
      for (Finding f : group) {
        String where = plan.locate(f.path()).map(l -> " (line " + l.line() + ")").orElse("");
        out.append("- **P")
            .append(f.priority())
            .append(' ')
            .append(f.ruleId())
            .append("** ")
            .append(f.category().name().toLowerCase(java.util.Locale.ROOT))
            .append(' ')
            .append(code(f.path().toString()))
            .append(where)
            .append(": ")
            .append(md(f.message()))
            .append('\n');
      }
      out.append('\n');
    }
    out.append("### Remediation, one per rule\n\n");
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

  /** The maturity section: explanations, the blocks side by side, each block's criteria. */
  static void maturity(StringBuilder out, AssessmentReport r) {
    MaturityProfile today = r.maturity().current();
    MaturityProfile target = r.maturity().target();
    out.append("### Maturity\n\n");
    out.append("- **Today:** ").append(md(today.explanation())).append('\n');
    out.append("- **End of the plan:** ").append(md(target.explanation())).append('\n');
    out.append("- **Route:** ").append(md(Formatting.route(r.maturity().route()))).append("\n\n");
    out.append(
        "| Building block | Today | Score | End of plan | Self | Peers | Climb |\n"
            + "|---|---|---:|---|---:|---:|---:|\n");
    for (BlockLevels l : Formatting.levels(r)) {
      BlockMaturity c = today.blocks().get(l.block());
      BlockMaturity t = target.blocks().get(l.block());
      out.append("| ")
          .append(l.block().id())
          .append(" | ")
          .append(c.level())
          .append(' ')
          .append(md(c.levelName()))
          .append(" | ")
          .append(oneDecimal(c.score()))
          .append(" | ")
          .append(t.level())
          .append(' ')
          .append(md(t.levelName()))
          .append(" | ")
          .append(Formatting.selfCell(l, "–"))
          .append(" | ")
          .append(Formatting.peerCell(l, "–"))
          .append(" | ")
          .append(Formatting.climb(l))
          .append(l.withinPace() ? "" : " ⚠")
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
      out.append("\nPeers: ").append(md(peers)).append(".\n");
    }
    if (Formatting.levels(r).stream().anyMatch(l -> !l.withinPace())) {
      out.append(
          "\n⚠ The climb needs more years than the plan has left, at the pace of a level step.\n");
    }
    out.append("\n<details><summary>Why each block is at its level</summary>\n\n");
    for (BlockMaturity c : Formatting.blocks(today)) {
      BlockMaturity t = target.blocks().get(c.block());
      out.append("**").append(c.block().id()).append("**: today level ").append(c.level());
      if (!c.heldBy().isEmpty()) {
        out.append(", held by: ")
            .append(md(String.join("; ", c.heldBy().stream().map(MaturityHold::text).toList())));
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
            .append("tier ")
            .append(e.tier())
            .append(", ")
            .append(e.criterion())
            .append(e.required() ? " (required)" : "")
            .append(": ")
            .append(md(e.description()))
            .append(". Today ")
            .append(e.status().words())
            .append(" (")
            .append(md(e.detail()))
            .append("); end of plan ")
            .append(te.status().words())
            .append(".\n");
      }
      out.append('\n');
    }
    out.append("</details>\n\n");
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
