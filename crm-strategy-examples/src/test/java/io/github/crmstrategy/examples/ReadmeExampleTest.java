package io.github.crmstrategy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.document.InvalidPlanException;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.MaturityProfile;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the Java usage example of README.md ("Reviewing a plan from Java"). The body of
 * {@link #readmeExample} mirrors the README snippet line for line: change both together.
 */
class ReadmeExampleTest {

  @TempDir Path dir;

  // --- mirrors README.md -------------------------------------------------------------------------
  static AssessmentReport readmeExample(Path file) throws IOException, InvalidPlanException {
    Reviewer reviewer = Reviewer.withDefaultRules(); // build once and share: thread-safe
    LoadedPlan loaded = PlanDocuments.read(file); // InvalidPlanException lists the problems
    AssessmentReport report = reviewer.assess(loaded.plan());

    MaturityProfile today = report.maturity().current(); // what the company runs today
    MaturityProfile planned = report.maturity().target(); // at the end of the plan's horizon
    System.out.printf(
        "%s: maturity today level %d (%s), at the end of the plan level %d (%s)%n",
        report.organization(),
        today.level(),
        today.levelName(),
        planned.level(),
        planned.levelName());
    for (Finding finding : report.findings()) {
      System.out.printf(
          "%s %s %s: %s%n",
          finding.severity(), finding.ruleId(), finding.path(), finding.message());
    }
    return report;
  }

  // -----------------------------------------------------------------------------------------------

  @Test
  void readmeExampleAssessesAPlanFile() throws Exception {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, Samples.content(Samples.NORTHWIND_TELECOM));

    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    AssessmentReport report;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      report = readmeExample(file);
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);

    assertThat(report.organization()).isEqualTo("Northwind Telecom");
    assertThat(report.maturity().current().blocks()).hasSize(8);
    assertThat(report.maturity().current().score()).isBetween(0.0, 100.0);
    assertThat(report.maturity().current().level()).isBetween(1, 5);
    assertThat(report.findings()).isSortedAccordingTo(Finding.ORDER);
    assertThat(report.countsBySeverity().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(report.findings().size());
    assertThat(out.lines())
        .hasSize(1 + report.findings().size())
        .first()
        .asString()
        .startsWith("Northwind Telecom: maturity ");
    report.findings().forEach(f -> assertThat(out).contains(f.ruleId() + " " + f.path() + ": "));
  }

  @Test
  void theWeakSamplePlanScoresBelowTheReferencePlan() throws Exception {
    Reviewer reviewer = Reviewer.withDefaultRules();
    AssessmentReport reference =
        reviewer.assess(SamplePlans.load(Samples.NORTHWIND_TELECOM).plan());
    AssessmentReport weak = reviewer.assess(SamplePlans.load(Samples.WEAK_PLAN).plan());

    assertThat(weak.maturity().current().score())
        .isLessThan(reference.maturity().current().score());
    assertThat(weak.documentQuality().score()).isLessThan(reference.documentQuality().score());
  }
}
