package io.github.crmstrategy.report;

import io.github.crmstrategy.report.internal.BatchWriter;
import java.io.Closeable;
import java.io.IOException;

/**
 * The report of a batch of plans, written as each plan's outcome comes, so that reviewing thousands
 * of plans needs no more memory than one: JSON and text entries and SARIF results are written at
 * once, Markdown sections go to a temporary file behind the summary table that heads them. Every
 * plan is named in every format: a reviewed plan with its report, an invalid one with its located
 * problems ({@link InvalidPlan}), one whose assessment was cut short with the reason ({@link
 * CutShortPlan}).
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(file);
 *     ReportBatch batch = ReportRenderer.of(ReportFormat.SARIF).withRules(rules).batch(out)) {
 *   for (Path plan : plans) {
 *     batch.add(outcomeOf(plan)); // a ReviewedPlan, InvalidPlan or CutShortPlan
 *   }
 * }
 * }</pre>
 *
 * <p>A batch of one plan gives exactly {@link ReportRenderer#render(PlanOutcome)} of it (a JSON
 * object rather than an array of one). Several plans: JSON is an array of entries, SARIF one run
 * (its {@code artifacts} after its {@code results}), Markdown a summary table and then each
 * section, text each report and then a summary table. HTML has one page per plan: a batch of HTML
 * takes one plan only. Not thread-safe; {@link #close()} finishes the document and leaves the
 * writer open.
 */
public final class ReportBatch implements Closeable {
  private final BatchWriter writer;

  ReportBatch(BatchWriter writer) {
    this.writer = writer;
  }

  /**
   * Writes the report of {@code outcome} (the first one is held until a second comes, to tell a
   * single report from a batch).
   *
   * @throws IOException if the writer fails
   * @throws UnsupportedOperationException for a second plan in HTML
   */
  public void add(PlanOutcome outcome) throws IOException {
    writer.add(outcome);
  }

  /**
   * Finishes the document and flushes the writer, which stays open.
   *
   * @throws IOException if the writer fails
   */
  @Override
  public void close() throws IOException {
    writer.close();
  }
}
