package io.github.crmstrategy.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POI logs through log4j-api; the module brings the log4j-to-SLF4J bridge, so a host that compiles
 * a workbook gets POI's messages in its SLF4J logging and nothing on standard error.
 */
class LoggingBridgeTest {
  /** Reviews a plan with a profile of one XLSX decision table, in a JVM of its own. */
  public static void main(String[] args) throws Exception {
    Reviewer reviewer =
        Reviewer.fromProfile(
            RuleProfile.builder()
                .addDecisionTable(DecisionTableSource.of("growth.xlsx", GrowthTableWorkbook.xlsx()))
                .build());
    reviewer.assess(SamplePlans.load(Samples.NORTHWIND_TELECOM).plan());
    System.out.println("reviewed with " + reviewer.rules().size() + " rules");
  }

  @Test
  void aWorkbookCompiledInAFreshJvmPrintsNoLog4jErrorOnStandardError(@TempDir Path dir)
      throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    LoggingBridgeTest.class.getName()))
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isZero();
    assertThat(Files.readString(dir.resolve("out.txt"))).contains("reviewed with");
    assertThat(err).doesNotContainIgnoringCase("logging provider").doesNotContain("Log4j");
  }

  @Test
  void log4jApiFindsTheSlf4jProvider() {
    assertThat(org.apache.logging.log4j.LogManager.getFactory().getClass().getName())
        .isEqualTo("org.apache.logging.slf4j.SLF4JLoggerContextFactory");
  }
}
