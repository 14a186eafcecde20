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
import java.util.Arrays;
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

  /** The widest line of the text and Markdown reports, in columns. */
  public static final int WIDTH = 100;

  /** The report of one plan: the summary first, then maturity, findings, remediation by rule. */
  /** The report of one plan in the language of {@code t} (being re-applied after the merge). */
  public static String render(
      ReviewedPlan plan, List<RuleDescriptor> rules, boolean color, ReportTexts t) {
    return render(plan, rules, color);
  }

  public static String render(ReviewedPlan plan, List<RuleDescriptor> rules, boolean color) {
    StringBuilder out = new StringBuilder();
    Style style = new Style(color);
    AssessmentReport report = plan.report();
    out.append(style.bold(plan.name())).append('\n');
    line(out, "Organisation:   %s", report.organization());
    line(out, "Rule pack:      %s %s", report.rulePack(), report.rulePackVersion());
    summary(out, report, style);
    maturity(out, report);
    List<Finding> findings = report.findings();
    line(out, "Findings by category and severity:");
    if (!report.suppressedFindings().isEmpty()) {
      line(
          out,
          "Suppressed:     %d (justified in the rule profile; listed in the JSON report)",
          report.suppressedFindings().size());
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
      }
    }
    remediations(out, findings, rules, style);
    return Formatting.wrap(out.toString(), WIDTH);
  }

  /**
   * The summary that heads the report: maturity today and at the end of the plan, whether the route
   * gets there, the findings by severity and the three most important problems.
   */
  static void summary(StringBuilder out, AssessmentReport report, Style style) {
    MaturityProfile today = report.maturity().current();
    MaturityProfile target = report.maturity().target();
    line(out, "Today:          CRM maturity %s", Formatting.levelAndScore(today));
    line(out, "End of plan:    CRM maturity %s", Formatting.levelAndScore(target));
    line(
        out,
        "Route:          %s",
        HtmlReport.routeVerdict(
            report,
            Formatting.levels(report),
            io.github.crmstrategy.report.ReportTheme.defaults()));
    line(
        out,
        "Findings:       %d (%s)",
        report.findings().size(),
        Arrays.stream(Severity.values())
            .map(
                s ->
                    style.severity(
                        s,
                        Formatting.count(report, s)
                            + " "
                            + s.name().toLowerCase(Locale.ROOT)
                            + (s == Severity.INFO || Formatting.count(report, s) == 1 ? "" : "s")))
            .collect(Collectors.joining(", ")));
    List<java.util.Map<String, Object>> problems = HtmlReport.problems(report);
    if (!problems.isEmpty()) {
      line(out, "Most important:");
      int i = 1;
      for (java.util.Map<String, Object> p : problems) {
        line(
            out,
            "  %d. [%s] %s (%s)%s",
            i++,
            p.get("severity"),
            p.get("message"),
            p.get("element"),
            p.get("more") == null ? "" : "; " + p.get("more"));
      }
    }
    out.append('\n');
  }

  /** What to change, one line per rule that found something, in the order they first appear. */
  static void remediations(
      StringBuilder out, List<Finding> findings, List<RuleDescriptor> rules, Style style) {
    java.util.Map<String, Finding> byRule = new java.util.LinkedHashMap<>();
    findings.forEach(f -> byRule.putIfAbsent(f.ruleId(), f));
    if (byRule.values().stream().allMatch(f -> f.remediation().isBlank())) {
      return;
    }
    out.append('\n').append(style.bold("REMEDIATION, ONE PER RULE")).append('\n');
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
          n == 1 ? "" : " (" + n + " findings)");
    }
  }

  /**
   * The maturity section: today and the end of the plan with how each overall level is computed,
   * the route, the document's quality, the blocks side by side with the self-assessment and the
   * peers, and what holds each block today.
   */
  static void maturity(StringBuilder out, AssessmentReport report) {
    MaturityProfile today = report.maturity().current();
    MaturityProfile target = report.maturity().target();
    line(out, "Level today:    %s", today.explanation());
    line(out, "Level at end:   %s", target.explanation());
    line(out, "Pace:           %s", Formatting.route(report.maturity().route()));
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
        List<String> title = Formatting.wrapLines(a[0], 96);
        for (int i = 0; i < title.size(); i++) {
          line(out, i == 0 ? "  %s" : "     %s", title.get(i));
        }
        Formatting.wrapLines(a[1], 93).forEach(l -> line(out, "     %s", l));
      }
    }
    out.append('\n');
    List<BlockLevels> levels = Formatting.levels(report);
    line(
        out,
        "  %-20s %6s  %-24s %-24s %4s %6s %6s",
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
          "  %-20s %6s  %-24s %-24s %4s %6s %6s",
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
          "  - %s (level %d, %d of %d criteria met): %s",
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
