package io.github.crmstrategy.report.internal;

import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.report.CutShortPlan;
import io.github.crmstrategy.report.InvalidPlan;
import io.github.crmstrategy.report.PlanOutcome;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Severity;
import java.util.Optional;

/**
 * GitHub Actions workflow commands, one line per finding: {@code ::error file=F,line=L,col=C,
 * title=RULE-ID::message}. ERROR findings are errors, WARNING warnings, INFO notices; an invalid
 * plan gives an error per problem ({@code PLAN-INVALID}), a plan cut short one error ({@code
 * ASSESSMENT-CUT-SHORT}). Values are escaped as the runner expects ({@code %}, CR and LF in the
 * message; also {@code :} and {@code ,} in properties), so a finding can never inject a command of
 * its own. Each line stands alone, so a batch streams.
 */
public final class GithubAnnotations {
  private GithubAnnotations() {}

  /** The annotation lines of {@code outcome}, each ending in a line feed. */
  public static String render(PlanOutcome outcome) {
    return render(outcome, ReportTexts.ENGLISH);
  }

  /**
   * The annotations of {@code outcome}; the texts of a plan without a report in the language of
   * {@code t} (a reviewed plan's findings come localised).
   */
  public static String render(PlanOutcome outcome, ReportTexts t) {
    StringBuilder out = new StringBuilder();
    Outcomes.match(
        outcome,
        plan -> reviewed(out, plan),
        plan -> invalid(out, plan, t),
        plan -> cutShort(out, plan, t));
    return out.toString();
  }

  private static StringBuilder reviewed(StringBuilder out, ReviewedPlan plan) {
    for (Finding f : plan.report().findings()) {
      String text = f.message() + (f.remediation().isBlank() ? "" : "\n" + f.remediation());
      line(out, command(f.severity()), plan.name(), plan.locate(f.path()), f.ruleId(), text);
    }
    return out;
  }

  private static StringBuilder invalid(StringBuilder out, InvalidPlan plan, ReportTexts t) {
    for (Problem given : plan.problems()) {
      Problem p = t.problem(given);
      String text =
          t.t("outcome.invalidMessage", "message", p.message())
              + (p.hint().isBlank() ? "" : "\n" + p.hint());
      line(out, "error", plan.name(), plan.locate(p), Outcomes.INVALID_RULE, text);
    }
    return out;
  }

  private static StringBuilder cutShort(StringBuilder out, CutShortPlan plan, ReportTexts t) {
    line(
        out,
        "error",
        plan.name(),
        plan.location(),
        Outcomes.CUT_SHORT_RULE,
        t.t(
            "outcome.cutShortMessage",
            "reason",
            Outcomes.reason(plan.failure(), t),
            "message",
            plan.failure().getMessage()));
    return out;
  }

  /** The workflow command of a severity. */
  static String command(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  private static void line(
      StringBuilder out,
      String command,
      String file,
      Optional<SourceLocation> where,
      String title,
      String message) {
    out.append("::").append(command).append(" file=").append(property(file));
    where.ifPresent(l -> out.append(",line=").append(l.line()).append(",col=").append(l.column()));
    out.append(",title=").append(property(title)).append("::").append(data(message)).append('\n');
  }

  /** A message escaped for a workflow command. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value escaped for a workflow command. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
