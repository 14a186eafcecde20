package io.github.crmstrategy.examples;

import io.github.crmstrategy.document.InvalidPlanException;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.report.ReportFormat;
import io.github.crmstrategy.report.ReportRenderer;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.samples.Samples;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Example: read a plan document, assess it and print the report in a chosen format. Arguments:
 * {@code [FILE] [text|json|markdown|html|sarif]}; without a file, the bundled travel-company
 * sample. Invalid documents print their located problems and exit with status 2.
 */
public final class LoadAndPrintReport {
  private LoadAndPrintReport() {}

  /** Runs the example. */
  public static void main(String[] args) throws IOException {
    ReportFormat format =
        args.length > 1
            ? ReportFormat.valueOf(args[1].toUpperCase(Locale.ROOT))
            : ReportFormat.TEXT;
    Reviewer reviewer = Reviewer.withDefaultRules();
    LoadedPlan loaded;
    String name;
    try {
      if (args.length > 0) {
        loaded = PlanDocuments.read(Path.of(args[0]));
        name = args[0];
      } else {
        loaded = BundledSample.load(Samples.TRAVEL_COMPANY);
        name = Samples.TRAVEL_COMPANY + ".yaml";
      }
    } catch (InvalidPlanException e) {
      e.problems().forEach(System.err::println);
      System.exit(2);
      return;
    }
    ReviewedPlan reviewed = ReviewedPlan.assess(reviewer, name, loaded);
    System.out.print(ReportRenderer.of(format).withRules(reviewer.rules()).render(reviewed));
  }
}
