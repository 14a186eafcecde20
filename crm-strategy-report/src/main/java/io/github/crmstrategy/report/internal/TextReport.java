package io.github.crmstrategy.report.internal;

import static io.github.crmstrategy.text.Numbers.oneDecimal;

import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The terminal report: maturity table, then the findings grouped by severity, most important first
 * (priority 1 to 5), each with its rule, category, element and place.
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
    line(
        out,
        "CRM maturity:   %s / 100, level %d (%s)",
        oneDecimal(report.maturity().score()),
        report.maturity().level(),
        report.maturity().levelName());
    out.append('\n');
    line(out, "  %-20s %6s  %-30s %s", "Building block", "Score", "Level", "Self-assessed");
    for (BlockMaturity b : Formatting.blocks(report)) {
      line(
          out,
          "  %-20s %6s  %-30s %s",
          b.block().id(),
          oneDecimal(b.score()),
          b.level() + " " + b.levelName(),
          b.selfAssessedLevel().isPresent()
              ? String.valueOf(b.selfAssessedLevel().getAsInt())
              : "-");
    }
    out.append('\n');
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

  /** Several plans, separated by a blank line. */
  public static String renderAll(
      List<ReviewedPlan> plans, List<RuleDescriptor> rules, boolean color) {
    return plans.stream().map(p -> render(p, rules, color)).collect(Collectors.joining("\n"));
  }

  static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
