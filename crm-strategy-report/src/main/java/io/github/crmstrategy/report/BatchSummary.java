package io.github.crmstrategy.report;

import io.github.crmstrategy.report.internal.SummaryTable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The summary table of a batch of plans, for a host that writes each plan's report itself (one HTML
 * page per plan) and wants the table a text batch ends with beside them: per plan the maturity
 * today (score and level), the level at the end of the plan, errors and warnings, or why the plan
 * has no report. It keeps a small row per plan, never the reports. Made by {@link
 * ReportRenderer#summary()}, in that renderer's language, else the one every plan's report is in,
 * else the platform's. Not thread-safe.
 *
 * <pre>{@code
 * BatchSummary summary = ReportRenderer.of(ReportFormat.HTML).summary();
 * for (PlanOutcome outcome : outcomes) {
 *   Files.writeString(pageOf(outcome), renderer.render(outcome));
 *   summary.add(outcome);
 * }
 * System.err.print(summary.text());
 * }</pre>
 */
public final class BatchSummary {
  private final SummaryTable table;

  BatchSummary(Optional<Locale> locale) {
    this.table = new SummaryTable(locale);
  }

  /** Adds the row of {@code outcome} (a reviewed plan, an invalid one or one cut short). */
  public void add(PlanOutcome outcome) {
    table.add(Objects.requireNonNull(outcome, "outcome"));
  }

  /** The table as text, a heading first, one line per plan in the order added. */
  public String text() {
    return table.text();
  }
}
