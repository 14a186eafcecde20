package io.github.crmstrategy.report.internal;

import static io.github.crmstrategy.text.Numbers.oneDecimal;

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
import java.util.List;
import java.util.Locale;
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

  /** The report of one plan. */
  public static String render(ReviewedPlan plan, List<RuleDescriptor> rules, boolean color) {
    StringBuilder out = new StringBuilder();
    Style style = new Style(color);
    AssessmentReport report = plan.report();
    out.append(style.bold(plan.name())).append('\n');
    line(out, "Organisation:   %s", report.organization());
    line(out, "Rule pack:      %s %s", report.rulePack(), report.rulePackVersion());
    maturity(out, report);
    List<Finding> findings = report.findings();
    line(out, "Findings:       %d", findings.size());
    if (!report.suppressedFindings().isEmpty()) {
      line(
          out,
          "Suppressed:     %d (justified in the rule profile; listed in the JSON report)",
          report.suppressedFindings().size());
    }
    // Grouped by severity, most important first within each (the report's order: severity, then
    // priority); each finding names its priority and category.
    for (Severity severity : Severity.values()) {
      List<Finding> group = findings.stream().filter(f -> f.severity() == severity).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.append('\n')
          .append(style.severity(severity, style.bold(severity.name())))
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
            style.dim(f.category().name().toLowerCase(Locale.ROOT)),
            Formatting.shownPath(f.path().toString()),
            where);
        line(out, "      %s", f.message());
        if (!f.remediation().isBlank()) {
          line(out, "      Remediation: %s", f.remediation());
        }
      }
    }
    out.append('\n');
    line(
        out,
        "By severity:    %s",
        report.countsBySeverity().entrySet().stream()
            .map(
                e ->
                    style.severity(
                        e.getKey(),
                        e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue()))
            .collect(Collectors.joining(", ")));
    return out.toString();
  }

  /**
   * The maturity section: today and the end of the plan with how each overall level is computed,
   * the route, the document's quality, the blocks side by side with the self-assessment and the
   * peers, and what holds each block today.
   */
  static void maturity(StringBuilder out, AssessmentReport report) {
    MaturityProfile today = report.maturity().current();
    MaturityProfile target = report.maturity().target();
    line(out, "CRM maturity:   today %s", Formatting.levelAndScore(today));
    line(out, "                at the end of the plan %s", Formatting.levelAndScore(target));
    line(out, "Today:          %s", today.explanation());
    line(out, "End of plan:    %s", target.explanation());
    line(out, "Route:          %s", Formatting.route(report.maturity().route()));
    line(
        out,
        "Document:       quality %s / 100 (%s); this is not maturity",
        oneDecimal(report.documentQuality().score()),
        Formatting.aspects(report.documentQuality()));
    List<String[]> actions = Formatting.nextActions(report, 5);
    if (!actions.isEmpty()) {
      out.append('\n');
      line(out, "Next actions (the top %d; all in the JSON report):", actions.size());
      for (String[] a : actions) {
        List<String> title = Formatting.wrap(a[0], 96);
        for (int i = 0; i < title.size(); i++) {
          line(out, i == 0 ? "  %s" : "     %s", title.get(i));
        }
        Formatting.wrap(a[1], 93).forEach(l -> line(out, "     %s", l));
      }
    }
    out.append('\n');
    List<BlockLevels> levels = Formatting.levels(report);
    line(
        out,
        "  %-20s %6s  %-26s %-26s %4s %6s %6s",
        "Building block",
        "Score",
        "Today",
        "End of plan",
        "Self",
        "Peers",
        "Climb");
    for (BlockLevels l : levels) {
      BlockMaturity c = today.blocks().get(l.block());
      BlockMaturity t = target.blocks().get(l.block());
      line(
          out,
          "  %-20s %6s  %-26s %-26s %4s %6s %6s",
          l.block().id(),
          oneDecimal(c.score()),
          c.level() + " " + c.levelName(),
          t.level() + " " + t.levelName(),
          Formatting.selfCell(l, "-"),
          Formatting.peerCell(l, "-"),
          Formatting.climb(l) + (l.withinPace() ? "" : "!"));
    }
    String peers =
        String.join(
            ", ",
            levels.stream().flatMap(l -> l.peers().keySet().stream()).distinct().sorted().toList());
    if (!peers.isEmpty()) {
      line(out, "  Peers: %s", peers);
    }
    if (levels.stream().anyMatch(l -> !l.withinPace())) {
      line(
          out,
          "  ! the climb needs more years than the plan has left, at the pace of a level step");
    }
    out.append('\n');
    line(out, "What holds each block today:");
    for (BlockMaturity b : Formatting.blocks(today)) {
      if (b.heldBy().isEmpty()) {
        continue;
      }
      long met = b.evidence().stream().filter(e -> e.status() == CriterionStatus.MET).count();
      line(
          out,
          "  %s (level %d, %d of %d criteria met): %s",
          b.block().id(),
          b.level(),
          met,
          b.evidence().size(),
          String.join("; ", b.heldBy().stream().map(MaturityHold::text).toList()));
    }
    out.append('\n');
  }

  /** Several plans, separated by a blank line. */
  public static String renderAll(
      List<ReviewedPlan> plans, List<RuleDescriptor> rules, boolean color) {
    return plans.stream().map(p -> render(p, rules, color)).collect(Collectors.joining("\n"));
  }

  static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
