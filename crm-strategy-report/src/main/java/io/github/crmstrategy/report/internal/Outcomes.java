package io.github.crmstrategy.report.internal;

import static io.github.crmstrategy.report.internal.Formatting.code;
import static io.github.crmstrategy.report.internal.Formatting.html;
import static io.github.crmstrategy.report.internal.Formatting.md;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.report.CutShortPlan;
import io.github.crmstrategy.report.InvalidPlan;
import io.github.crmstrategy.report.ReportRenderer;
import io.github.crmstrategy.rules.RuleExecutionException;
import java.util.Optional;

/**
 * The plans of a batch that have no assessment report, in every format: an invalid plan with its
 * located problems, a plan whose assessment was cut short with the reason and the rule.
 */
public final class Outcomes {
  /** The SARIF rule id of the results that report an invalid plan's problems. */
  public static final String INVALID_RULE = "PLAN-INVALID";

  /** The SARIF rule id of the result that reports an assessment cut short. */
  public static final String CUT_SHORT_RULE = "ASSESSMENT-CUT-SHORT";

  private Outcomes() {}

  /** {@code reviewed}, {@code invalid} or {@code cutShort} of {@code outcome}, whichever it is. */
  public static <T> T match(
      io.github.crmstrategy.report.PlanOutcome outcome,
      java.util.function.Function<io.github.crmstrategy.report.ReviewedPlan, T> reviewed,
      java.util.function.Function<InvalidPlan, T> invalid,
      java.util.function.Function<CutShortPlan, T> cutShort) {
    if (outcome instanceof io.github.crmstrategy.report.ReviewedPlan p) {
      return reviewed.apply(p);
    }
    if (outcome instanceof InvalidPlan p) {
      return invalid.apply(p);
    }
    return cutShort.apply((CutShortPlan) outcome);
  }

  /** {@code 1 problem}, {@code 3 problems}. */
  static String problems(int n) {
    return n + (n == 1 ? " problem" : " problems");
  }

  // text

  /**
   * The text block of an invalid plan: its name, then each problem as {@code validate} prints it.
   */
  public static String text(InvalidPlan plan, boolean color) {
    TextReport.Style style = new TextReport.Style(color);
    StringBuilder out = new StringBuilder();
    out.append(style.bold(plan.name())).append('\n');
    out.append(style.severity(io.github.crmstrategy.rules.Severity.ERROR, "INVALID"))
        .append(", ")
        .append(problems(plan.problems().size()))
        .append(" (not assessed)\n");
    for (Problem p : plan.problems()) {
      out.append("  ").append(located(plan, p)).append('\n');
    }
    return out.toString();
  }

  /** The text block of a plan whose assessment was cut short. */
  public static String text(CutShortPlan plan, boolean color) {
    TextReport.Style style = new TextReport.Style(color);
    StringBuilder out = new StringBuilder();
    out.append(style.bold(plan.name())).append('\n');
    TextReport.line(out, "Organisation:   %s", plan.organization());
    out.append(style.severity(io.github.crmstrategy.rules.Severity.ERROR, "CUT SHORT"))
        .append(" (")
        .append(reason(plan.failure()))
        .append("): ")
        .append(plan.failure().getMessage())
        .append('\n');
    plan.location().ifPresent(l -> out.append("  at ").append(l).append('\n'));
    out.append("  No findings are reported: they would be incomplete.\n");
    return out.toString();
  }

  /** The problem with the plan's name as its source: {@code name:line:column: path: message}. */
  static String located(InvalidPlan plan, Problem p) {
    return plan.locate(p)
        .map(l -> new Problem(p.path(), p.message(), p.hint(), Optional.of(l)).toString())
        .orElse(p.toString());
  }

  /** {@code time budget}, {@code firing limit}... */
  static String reason(RuleExecutionException e) {
    return switch (e.reason()) {
      case RULE_THREW -> "a rule threw";
      case CONDITION_THREW -> "a rule's condition threw";
      case FIRING_LIMIT -> "firing limit";
      case TIME_BUDGET -> "time budget";
      case FACT_LIMIT -> "fact limit";
      case CANCELLED -> "cancelled";
    };
  }

  // JSON

  /** The JSON entry of an invalid plan: {@code status: invalid} and its problems. */
  public static ObjectNode json(InvalidPlan plan) {
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.put("formatVersion", ReportRenderer.JSON_FORMAT_VERSION);
    root.put("plan", plan.name());
    root.put("status", "invalid");
    ArrayNode problems = root.putArray("problems");
    for (Problem p : plan.problems()) {
      ObjectNode node = problems.addObject();
      node.put("path", p.path().toString());
      node.put("message", p.message());
      node.put("fix", p.hint());
      plan.locate(p).ifPresent(l -> location(node, l));
    }
    return root;
  }

  /** The JSON entry of a plan whose assessment was cut short: {@code status: cutShort}. */
  public static ObjectNode json(CutShortPlan plan) {
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.put("formatVersion", ReportRenderer.JSON_FORMAT_VERSION);
    root.put("plan", plan.name());
    root.put("organization", plan.organization());
    root.put("status", "cutShort");
    ObjectNode cut = root.putObject("cutShort");
    RuleExecutionException e = plan.failure();
    cut.put("reason", e.reason().name());
    cut.put("message", e.getMessage());
    cut.put("ruleName", e.ruleName());
    e.ruleId().ifPresent(id -> cut.put("ruleId", id));
    e.path().ifPresent(p -> cut.put("path", p.toString()));
    plan.location().ifPresent(l -> location(cut, l));
    return root;
  }

  static void location(ObjectNode node, SourceLocation l) {
    ObjectNode location = node.putObject("location");
    location.put("uri", l.source());
    location.put("line", l.line());
    location.put("column", l.column());
  }

  // Markdown

  /** The Markdown section of an invalid plan, headed {@code ## }. */
  public static String markdown(InvalidPlan plan) {
    StringBuilder out = new StringBuilder();
    out.append("## Invalid plan: ").append(code(plan.name())).append("\n\n");
    out.append(problems(plan.problems().size()))
        .append(": the plan was not assessed.\n\n")
        .append("| Line | Element | Problem | Fix |\n|---:|---|---|---|\n");
    for (Problem p : plan.problems()) {
      out.append("| ")
          .append(p.location().map(l -> l.line() + ":" + l.column()).orElse("–"))
          .append(" | ")
          .append(code(p.path().toString()))
          .append(" | ")
          .append(md(p.message()))
          .append(" | ")
          .append(md(p.hint()))
          .append(" |\n");
    }
    return out.toString();
  }

  /** The Markdown section of a plan whose assessment was cut short, headed {@code ## }. */
  public static String markdown(CutShortPlan plan) {
    RuleExecutionException e = plan.failure();
    StringBuilder out = new StringBuilder();
    out.append("## Assessment cut short: ").append(md(plan.organization())).append("\n\n");
    out.append("| | |\n|---|---|\n");
    out.append("| Plan | ").append(code(plan.name())).append(" |\n");
    out.append("| Reason | ").append(md(reason(e))).append(" |\n");
    if (!e.ruleName().isEmpty()) {
      out.append("| Rule | ")
          .append(md(e.ruleName()))
          .append(e.ruleId().map(id -> " (" + id + ")").orElse(""))
          .append(" |\n");
    }
    e.path()
        .ifPresent(
            p ->
                out.append("| Element | ")
                    .append(code(p.toString()))
                    .append(plan.location().map(l -> " (line " + l.line() + ")").orElse(""))
                    .append(" |\n"));
    out.append("| What happened | ").append(md(e.getMessage())).append(" |\n\n");
    out.append("No findings are reported: they would be incomplete.\n");
    return out.toString();
  }

  // HTML

  /** The HTML page of an invalid plan. */
  public static String page(InvalidPlan plan) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>Invalid plan</h1>\n<p class=\"sub\"><span class=\"path\">")
        .append(html(plan.name()))
        .append("</span>: ")
        .append(problems(plan.problems().size()))
        .append("; the plan was not assessed.</p>\n<div class=\"panel\"><table>\n")
        .append("<tr><th>Where</th><th>Element</th><th>Problem</th><th>Fix</th></tr>\n");
    for (Problem p : plan.problems()) {
      body.append("<tr><td class=\"path\">")
          .append(html(plan.locate(p).map(SourceLocation::toString).orElse(plan.name())))
          .append("</td><td class=\"path\">")
          .append(html(p.path().isRoot() ? "(document)" : p.path().toString()))
          .append("</td><td>")
          .append(html(p.message()))
          .append("</td><td>")
          .append(html(p.hint()))
          .append("</td></tr>\n");
    }
    body.append("</table></div>\n");
    return HtmlReport.page("Invalid plan: " + plan.name(), body.toString());
  }

  /** The HTML page of a plan whose assessment was cut short. */
  public static String page(CutShortPlan plan) {
    RuleExecutionException e = plan.failure();
    StringBuilder body = new StringBuilder();
    body.append("<h1>Assessment cut short: ")
        .append(html(plan.organization()))
        .append("</h1>\n<p class=\"sub\"><span class=\"path\">")
        .append(html(plan.name()))
        .append("</span>: ")
        .append(html(reason(e)))
        .append("</p>\n<div class=\"panel\"><p>")
        .append(html(e.getMessage()))
        .append("</p>");
    plan.location()
        .ifPresent(
            l -> body.append("<p class=\"path\">").append(html(l.toString())).append("</p>"));
    body.append("<p>No findings are reported: they would be incomplete.</p></div>\n");
    return HtmlReport.page("Assessment cut short: " + plan.name(), body.toString());
  }
}
