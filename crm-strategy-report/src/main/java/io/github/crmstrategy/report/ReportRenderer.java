package io.github.crmstrategy.report;

import io.github.crmstrategy.report.internal.BatchWriter;
import io.github.crmstrategy.report.internal.ComparisonRenderer;
import io.github.crmstrategy.report.internal.GithubAnnotations;
import io.github.crmstrategy.report.internal.HtmlReport;
import io.github.crmstrategy.report.internal.JsonReport;
import io.github.crmstrategy.report.internal.JunitReport;
import io.github.crmstrategy.report.internal.MarkdownReport;
import io.github.crmstrategy.report.internal.ReportTexts;
import io.github.crmstrategy.report.internal.RevisionWarnings;
import io.github.crmstrategy.report.internal.SarifReport;
import io.github.crmstrategy.report.internal.TextReport;
import io.github.crmstrategy.report.internal.TrendHtml;
import io.github.crmstrategy.report.internal.TrendRenderer;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.baseline.Baseline;
import io.github.crmstrategy.text.Languages;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders assessment reports, comparisons and trends in one {@link ReportFormat}. Immutable and
 * thread-safe; the output is deterministic (no timestamps, no absolute paths beyond the plan names
 * given).
 *
 * <pre>{@code
 * ReportRenderer html = ReportRenderer.of(ReportFormat.HTML).withRules(reviewer.rules());
 * Files.writeString(out, html.render(ReviewedPlan.assess(reviewer, "plan.yaml", loaded)));
 * }</pre>
 */
public final class ReportRenderer {
  /** The version of the JSON report format, written as {@code formatVersion}. */
  public static final int JSON_FORMAT_VERSION = 2;

  /** Class-path resource of the JSON Schema of the JSON report. */
  public static final String JSON_SCHEMA_RESOURCE =
      "/io/github/crmstrategy/report/assessment-report.schema.json";

  private final ReportFormat format;
  private final List<RuleDescriptor> rules;
  private final boolean color;
  private final ReportTheme theme;
  private final Optional<Baseline> baseline;
  private final Optional<Locale> locale;

  private ReportRenderer(
      ReportFormat format,
      List<RuleDescriptor> rules,
      boolean color,
      ReportTheme theme,
      Optional<Baseline> baseline,
      Optional<Locale> locale) {
    this.format = Objects.requireNonNull(format, "format");
    this.rules = List.copyOf(rules);
    this.color = color;
    this.theme = Objects.requireNonNull(theme, "theme");
    this.baseline = Objects.requireNonNull(baseline, "baseline");
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /** A renderer of {@code format}, without rule catalogue and without colour. */
  public static ReportRenderer of(ReportFormat format) {
    return new ReportRenderer(
        format, List.of(), false, ReportTheme.defaults(), Optional.empty(), Optional.empty());
  }

  /**
   * This renderer with the HTML report's templates, stylesheet, logo and labels taken from {@code
   * theme} (the bundled ones by default), for reports, comparisons and trends alike; the other
   * formats ignore it.
   */
  public ReportRenderer withTheme(ReportTheme theme) {
    return new ReportRenderer(format, rules, color, theme, baseline, locale);
  }

  /**
   * This renderer with a baseline: the HTML report of one plan lists the findings already in the
   * baseline apart from the new ones. The other formats ignore it.
   */
  public ReportRenderer withBaseline(Baseline baseline) {
    return new ReportRenderer(format, rules, color, theme, Optional.of(baseline), locale);
  }

  /** The theme of the HTML report. */
  public ReportTheme theme() {
    return theme;
  }

  /**
   * This renderer with the rule catalogue ({@code Reviewer.rules()}): SARIF lists it as the tool's
   * rules; the other formats use it for rule titles.
   */
  public ReportRenderer withRules(List<RuleDescriptor> rules) {
    return new ReportRenderer(format, rules, color, theme, baseline, locale);
  }

  /**
   * This renderer writing in {@code locale}'s language: Russian for {@code ru}, English for any
   * other. Without it, each plan's report is in the language the plan declares ({@code language:
   * ru}), else in the platform's. The language changes the words a reader reads (headings,
   * messages, rule titles, block and level names), never the structure: JSON keys, rule ids,
   * element paths and the SARIF and JUnit structure are the same in every language.
   */
  public ReportRenderer withLocale(Locale locale) {
    return new ReportRenderer(
        format,
        rules,
        color,
        theme,
        baseline,
        Optional.of(Languages.supported(Objects.requireNonNull(locale))));
  }

  /**
   * The language chosen with {@link #withLocale}, or empty (each plan's own, then the platform's).
   */
  public Optional<Locale> locale() {
    return locale;
  }

  /** This renderer with ANSI colour in {@link ReportFormat#TEXT} on or off (off by default). */
  public ReportRenderer withColor(boolean color) {
    return new ReportRenderer(format, rules, color, theme, baseline, locale);
  }

  /** The format. */
  public ReportFormat format() {
    return format;
  }

  /** The report of one plan. */
  public String render(ReviewedPlan reviewed) {
    ReportTexts t = ReportTexts.forPlan(locale, reviewed);
    ReviewedPlan plan = t.localize(reviewed);
    List<RuleDescriptor> rules = t.localize(this.rules);
    return switch (format) {
      case TEXT -> TextReport.render(plan, rules, color, t);
      case JSON -> JsonReport.render(plan);
      case MARKDOWN -> MarkdownReport.render(plan, rules, t);
      case HTML ->
          HtmlReport.render(plan, rules, theme, baseline.map(b -> b.compare(plan.report())), t);
      case SARIF -> SarifReport.render(List.of(plan), rules);
      case JUNIT -> JunitReport.head() + JunitReport.suite(plan, rules, t) + JunitReport.tail();
      case GITHUB -> GithubAnnotations.render(plan, t);
    };
  }

  /**
   * The report of any outcome of a plan: a reviewed plan's report, an invalid plan with its located
   * problems, a plan whose assessment was cut short with the reason.
   */
  public String render(PlanOutcome outcome) {
    if (outcome instanceof ReviewedPlan plan) {
      return render(plan);
    }
    StringWriter out = new StringWriter();
    try (ReportBatch batch = batch(out)) {
      batch.add(outcome);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The reports of several plans as one document: text and Markdown one after the other, JSON an
   * array of reports, SARIF one run with the results of every plan. One plan gives the same as
   * {@link #render(ReviewedPlan)}. For many plans, or plans that are invalid or were cut short,
   * write a {@link #batch}.
   *
   * @throws UnsupportedOperationException for HTML and more than one plan (write one page each)
   */
  public String render(List<ReviewedPlan> plans) {
    if (plans.size() == 1) {
      return render(plans.get(0));
    }
    if (format == ReportFormat.TEXT) {
      return TextReport.renderAll(
          plans.stream().map(p -> ReportTexts.forPlan(locale, p).localize(p)).toList(),
          rules,
          color,
          p -> ReportTexts.forPlan(locale, p));
    }
    if (format == ReportFormat.HTML) {
      throw new UnsupportedOperationException("HTML renders one plan per page");
    }
    StringWriter out = new StringWriter();
    try (ReportBatch batch = batch(out)) {
      for (ReviewedPlan plan : plans) {
        batch.add(plan);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * A batch report written to {@code out} as each plan's outcome is added (see {@link
   * ReportBatch}): the way to report many plans in a bounded memory, and to name invalid plans and
   * plans cut short with the others.
   */
  public ReportBatch batch(Writer out) {
    return new ReportBatch(
        new BatchWriter(format, rules, color, theme, Objects.requireNonNull(out, "out"), locale));
  }

  /**
   * An empty summary table of a batch in this renderer's language (else the plans' own), for a host
   * that writes each plan's report itself: the table a text batch ends with.
   */
  public BatchSummary summary() {
    return new BatchSummary(locale);
  }

  /**
   * What the reader of {@code comparison} should know before trusting it ({@link
   * Comparison#warnings()}), in the language this renderer writes it in.
   */
  public List<String> warnings(Comparison comparison) {
    ReportTexts t =
        ReportTexts.forRevisions(locale, List.of(comparison.older(), comparison.newer()));
    return RevisionWarnings.comparison(comparison.older(), comparison.newer(), t);
  }

  /**
   * What the reader of {@code trend} should know before trusting it ({@link Trend#warnings()}), in
   * the language this renderer writes it in.
   */
  public List<String> warnings(Trend trend) {
    ReportTexts t = ReportTexts.forRevisions(locale, trend.revisions());
    return RevisionWarnings.trend(trend.order(), trend.revisions(), t);
  }

  /**
   * The comparison of two revisions, in the language of {@link #withLocale}, else the one both
   * revisions declare, else the platform's.
   *
   * @throws UnsupportedOperationException for SARIF, JUnit and GitHub annotations, which have no
   *     form for a comparison
   */
  public String render(Comparison comparison) {
    ReportTexts t =
        ReportTexts.forRevisions(locale, List.of(comparison.older(), comparison.newer()));
    Comparison c =
        t.english()
            ? comparison
            : Comparison.of(t.localize(comparison.older()), t.localize(comparison.newer()));
    return switch (format) {
      case TEXT -> ComparisonRenderer.text(c, color, t);
      case JSON -> ComparisonRenderer.json(c, t);
      case MARKDOWN -> ComparisonRenderer.markdown(c, t);
      case HTML -> ComparisonRenderer.html(c, theme, t);
      case SARIF, JUNIT, GITHUB ->
          throw new UnsupportedOperationException(format.id() + " has no form for a comparison");
    };
  }

  /**
   * The trend across several revisions: the maturity of each block per revision (a line chart per
   * block in HTML), the findings opened and resolved by each revision, what moved each block. In
   * the language of {@link #withLocale}, else the one every revision declares, else the platform's.
   *
   * @throws UnsupportedOperationException for SARIF, JUnit and GitHub annotations, which have no
   *     form for a trend
   */
  public String render(Trend trend) {
    ReportTexts t = ReportTexts.forRevisions(locale, trend.revisions());
    Trend tr = t.english() ? trend : trend.map(t::localize);
    return switch (format) {
      case TEXT -> TrendRenderer.text(tr, color, t);
      case JSON -> TrendRenderer.json(tr, t);
      case MARKDOWN -> TrendRenderer.markdown(tr, t);
      case HTML -> TrendHtml.html(tr, theme, t);
      case SARIF, JUNIT, GITHUB ->
          throw new UnsupportedOperationException(format.id() + " has no form for a trend");
    };
  }
}
