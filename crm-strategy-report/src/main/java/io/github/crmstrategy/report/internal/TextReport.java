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
    return render(plan, rules, color, ReportTexts.ENGLISH);
  }

  /** The report of one plan in the language of {@code t}. */
  public static String render(
      ReviewedPlan plan, List<RuleDescriptor> rules, boolean color, ReportTexts t) {
    StringBuilder out = new StringBuilder();
    Style style = new Style(color);
    AssessmentReport report = plan.report();
    out.append(style.bold(plan.name())).append('\n');
    line(out, "%s%s", t.label("label.organisation"), report.organization());
    line(out, "%s%s %s", t.label("label.rulePack"), report.rulePack(), report.rulePackVersion());
    maturity(out, report, t);
    List<Finding> findings = report.findings();
    line(out, "%s%d", t.label("label.findings"), findings.size());
    if (!report.suppressedFindings().isEmpty()) {
      line(
          out,
          "%s%s",
          t.label("label.suppressed"),
          t.t("suppressed.value", "count", report.suppressedFindings().size()));
    }
    // Grouped by severity, most important first within each (the report's order: severity, then
    // priority); each finding names its priority and category.
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
            Formatting.shownPath(f.path().toString()),
            where);
        line(out, "      %s", f.message());
        if (!f.remediation().isBlank()) {
          line(out, "      %s", t.t("remediation", "text", f.remediation()));
        }
      }
    }
    out.append('\n');
    line(
        out,
        "%s%s",
        t.label("label.bySeverity"),
        report.countsBySeverity().entrySet().stream()
            .map(e -> style.severity(e.getKey(), t.severityCount(e.getKey(), e.getValue())))
            .collect(Collectors.joining(", ")));
    return out.toString();
  }

  /**
   * The maturity section: today and the end of the plan with how each overall level is computed,
   * the route, the document's quality, the blocks side by side with the self-assessment and the
   * peers, and what holds each block today.
   */
  static void maturity(StringBuilder out, AssessmentReport report) {
    maturity(out, report, ReportTexts.ENGLISH);
  }

  /** The maturity section in the language of {@code t}. */
  static void maturity(StringBuilder out, AssessmentReport report, ReportTexts t) {
    MaturityProfile today = report.maturity().current();
    MaturityProfile target = report.maturity().target();
    line(
        out,
        "%s%s",
        t.label("label.maturity"),
        t.t("maturity.today", "levelAndScore", t.levelAndScore(today)));
    line(out, "%16s%s", "", t.t("maturity.endOfPlan", "levelAndScore", t.levelAndScore(target)));
    line(out, "%s%s", t.label("label.today"), t.explanation(today));
    line(out, "%s%s", t.label("label.endOfPlan"), t.explanation(target));
    line(out, "%s%s", t.label("label.route"), t.route(report.maturity().route()));
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
    out.append('\n');
    List<BlockLevels> levels = Formatting.levels(report);
    int width =
        Math.max(20, levels.stream().mapToInt(l -> t.block(l.block()).length()).max().orElse(20));
    line(
        out,
        "  %-" + width + "s %6s  %-26s %-26s %4s %6s %6s",
        t.t("table.block"),
        t.t("table.score"),
        t.t("table.today"),
        t.t("table.endOfPlan"),
        t.t("table.self"),
        t.t("table.peers"),
        t.t("table.climb"));
    for (BlockLevels l : levels) {
      BlockMaturity c = today.blocks().get(l.block());
      BlockMaturity e = target.blocks().get(l.block());
      line(
          out,
          "  %-" + width + "s %6s  %-26s %-26s %4s %6s %6s",
          t.block(l.block()),
          oneDecimal(c.score()),
          c.level() + " " + t.levelName(c.levelName()),
          e.level() + " " + t.levelName(e.levelName()),
          Formatting.selfCell(l, "-"),
          Formatting.peerCell(l, "-"),
          Formatting.climb(l) + (l.withinPace() ? "" : "!"));
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
    out.append('\n');
    line(out, "%s", t.t("holds.heading"));
    for (BlockMaturity b : Formatting.blocks(today)) {
      if (b.heldBy().isEmpty()) {
        continue;
      }
      long met = b.evidence().stream().filter(e -> e.status() == CriterionStatus.MET).count();
      line(
          out,
          "  %s",
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
