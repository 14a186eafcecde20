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
    return problems(n, ReportTexts.ENGLISH);
  }

  /** {@code 1 problem}, {@code 3 проблемы}, in the language of {@code t}. */
  static String problems(int n, ReportTexts t) {
    return t.t("outcome.problems", "count", n);
  }

  /**
   * The texts for {@code outcome}: {@code explicit} when given, else the plan's declared language
   * where the plan was read (a reviewed plan, one cut short), else the platform's.
   */
  public static ReportTexts texts(
      java.util.Optional<java.util.Locale> explicit, io.github.crmstrategy.report.PlanOutcome o) {
    return match(
        o,
        p -> ReportTexts.forPlan(explicit, p),
        p ->
            ReportTexts.of(
                io.github.crmstrategy.text.Languages.choose(explicit, java.util.Optional.empty())),
        p ->
            ReportTexts.of(
                io.github.crmstrategy.text.Languages.choose(
                    explicit, p.loaded().flatMap(l -> l.plan().language()))));
  }

  // text

  /**
   * The text block of an invalid plan: its name, then each problem as {@code validate} prints it.
   */
  public static String text(InvalidPlan plan, boolean color) {
    return text(plan, color, ReportTexts.ENGLISH);
  }

  /** The text block of an invalid plan in the language of {@code t}. */
  public static String text(InvalidPlan plan, boolean color, ReportTexts t) {
    TextReport.Style style = new TextReport.Style(color);
    StringBuilder out = new StringBuilder();
    out.append(style.bold(plan.name())).append('\n');
    out.append(style.severity(io.github.crmstrategy.rules.Severity.ERROR, t.t("outcome.invalid")))
        .append(", ")
        .append(t.t("outcome.notAssessed", "problems", problems(plan.problems().size(), t)))
        .append('\n');
    for (Problem p : plan.problems()) {
      out.append("  ").append(located(plan, p, t)).append('\n');
    }
    return out.toString();
  }

  /** The text block of a plan whose assessment was cut short. */
  public static String text(CutShortPlan plan, boolean color) {
    return text(plan, color, ReportTexts.ENGLISH);
  }

  /** The text block of a plan whose assessment was cut short, in the language of {@code t}. */
  public static String text(CutShortPlan plan, boolean color, ReportTexts t) {
    TextReport.Style style = new TextReport.Style(color);
    StringBuilder out = new StringBuilder();
    out.append(style.bold(plan.name())).append('\n');
    TextReport.line(out, "%s%s", t.label("label.organisation"), plan.organization());
    out.append(style.severity(io.github.crmstrategy.rules.Severity.ERROR, t.t("outcome.cutShort")))
        .append(" (")
        .append(reason(plan.failure(), t))
        .append("): ")
        .append(plan.failure().getMessage())
        .append('\n');
    plan.location()
        .ifPresent(l -> out.append("  ").append(t.t("outcome.at", "location", l)).append('\n'));
    out.append("  ").append(t.t("outcome.incomplete")).append('\n');
    return out.toString();
  }

  /** The problem with the plan's name as its source: {@code name:line:column: path: message}. */
  static String located(InvalidPlan plan, Problem p) {
    return located(plan, p, ReportTexts.ENGLISH);
  }

  /**
   * The problem located as {@link #located(InvalidPlan, Problem)}, in the language of {@code t}.
   */
  static String located(InvalidPlan plan, Problem p, ReportTexts t) {
    Problem shown = t.problem(p);
    return plan.locate(p)
        .map(l -> new Problem(shown.path(), shown.message(), shown.hint(), Optional.of(l)))
        .orElse(shown)
        .toString(t.locale());
  }

  /** {@code time budget}, {@code firing limit}... */
  static String reason(RuleExecutionException e) {
    return reason(e, ReportTexts.ENGLISH);
  }

  /** Why an assessment was cut short, in the language of {@code t}. */
  static String reason(RuleExecutionException e, ReportTexts t) {
    return t.t("reason." + e.reason().name());
  }

  // JSON

  /** The JSON entry of an invalid plan: {@code status: invalid} and its problems. */
  public static ObjectNode json(InvalidPlan plan) {
    return json(plan, ReportTexts.ENGLISH);
  }

  /**
   * The JSON entry of an invalid plan, its problems' messages and fixes in the language of {@code
   * t} (the keys never change).
   */
  public static ObjectNode json(InvalidPlan plan, ReportTexts t) {
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.put("formatVersion", ReportRenderer.JSON_FORMAT_VERSION);
    root.put("plan", plan.name());
    root.put("status", "invalid");
    ArrayNode problems = root.putArray("problems");
    for (Problem given : plan.problems()) {
      Problem p = t.problem(given);
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
    return markdown(plan, ReportTexts.ENGLISH);
  }

  /** The Markdown section of an invalid plan in the language of {@code t}, headed {@code ## }. */
  public static String markdown(InvalidPlan plan, ReportTexts t) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(t.t("outcome.mdInvalid", "name", code(plan.name()))).append("\n\n");
    out.append(t.t("outcome.mdNotAssessed", "problems", problems(plan.problems().size(), t)))
        .append("\n\n")
        .append(t.t("outcome.mdProblemsTable"))
        .append("\n|---:|---|---|---|\n");
    for (Problem given : plan.problems()) {
      Problem p = t.problem(given);
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
    return markdown(plan, ReportTexts.ENGLISH);
  }

  /** The Markdown section of a plan cut short, in the language of {@code t}, headed {@code ## }. */
  public static String markdown(CutShortPlan plan, ReportTexts t) {
    RuleExecutionException e = plan.failure();
    StringBuilder out = new StringBuilder();
    out.append("## ")
        .append(t.t("outcome.mdCutShort", "organization", md(plan.organization())))
        .append("\n\n");
    out.append("| | |\n|---|---|\n");
    out.append("| ").append(t.t("md.plan")).append(" | ").append(code(plan.name())).append(" |\n");
    out.append("| ")
        .append(t.t("outcome.reason"))
        .append(" | ")
        .append(md(reason(e, t)))
        .append(" |\n");
    if (!e.ruleName().isEmpty()) {
      out.append("| ")
          .append(t.t("outcome.rule"))
          .append(" | ")
          .append(md(e.ruleName()))
          .append(e.ruleId().map(id -> " (" + id + ")").orElse(""))
          .append(" |\n");
    }
    e.path()
        .ifPresent(
            p ->
                out.append("| ")
                    .append(t.t("outcome.element"))
                    .append(" | ")
                    .append(code(p.toString()))
                    .append(
                        plan.location()
                            .map(l -> " (" + t.t("md.line", "line", l.line()) + ")")
                            .orElse(""))
                    .append(" |\n"));
    out.append("| ")
        .append(t.t("outcome.whatHappened"))
        .append(" | ")
        .append(md(e.getMessage()))
        .append(" |\n\n");
    out.append(t.t("outcome.incomplete")).append("\n");
    return out.toString();
  }

  // HTML

  /** The HTML page of an invalid plan. */
  public static String page(InvalidPlan plan) {
    return page(plan, ReportTexts.ENGLISH);
  }

  /** The HTML page of an invalid plan in the language of {@code t}. */
  public static String page(InvalidPlan plan, ReportTexts t) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>")
        .append(html(t.t("outcome.htmlInvalid")))
        .append("</h1>\n<p class=\"sub\"><span class=\"path\">")
        .append(html(plan.name()))
        .append("</span>: ")
        .append(
            html(t.t("outcome.htmlNotAssessed", "problems", problems(plan.problems().size(), t))))
        .append("</p>\n<div class=\"panel\"><table>\n")
        .append(t.t("outcome.htmlProblemsHead"))
        .append("\n");
    for (Problem given : plan.problems()) {
      Problem p = t.problem(given);
      body.append("<tr><td class=\"path\">")
          .append(html(plan.locate(p).map(SourceLocation::toString).orElse(plan.name())))
          .append("</td><td class=\"path\">")
          .append(html(t.shownPath(p.path().toString())))
          .append("</td><td>")
          .append(html(p.message()))
          .append("</td><td>")
          .append(html(p.hint()))
          .append("</td></tr>\n");
    }
    body.append("</table></div>\n");
    return HtmlReport.page(
        t.locale(), t.t("outcome.htmlInvalidTitle", "name", plan.name()), body.toString());
  }

  /** The HTML page of a plan whose assessment was cut short. */
  public static String page(CutShortPlan plan) {
    return page(plan, ReportTexts.ENGLISH);
  }

  /** The HTML page of a plan whose assessment was cut short, in the language of {@code t}. */
  public static String page(CutShortPlan plan, ReportTexts t) {
    RuleExecutionException e = plan.failure();
    StringBuilder body = new StringBuilder();
    body.append("<h1>")
        .append(html(t.t("outcome.mdCutShort", "organization", plan.organization())))
        .append("</h1>\n<p class=\"sub\"><span class=\"path\">")
        .append(html(plan.name()))
        .append("</span>: ")
        .append(html(reason(e, t)))
        .append("</p>\n<div class=\"panel\"><p>")
        .append(html(e.getMessage()))
        .append("</p>");
    plan.location()
        .ifPresent(
            l -> body.append("<p class=\"path\">").append(html(l.toString())).append("</p>"));
    body.append("<p>").append(html(t.t("outcome.incomplete"))).append("</p></div>\n");
    return HtmlReport.page(
        t.locale(), t.t("outcome.htmlCutShortTitle", "name", plan.name()), body.toString());
  }
}
