package io.github.crmstrategy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.samples.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CrmStrategyCliTest {

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = CrmStrategyCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = CrmStrategyCli.execute(cli, args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void validateWithoutArgumentsChecksTheBundledReferencePlan() {
    Run run = run("validate");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("sample northwind-telecom")
        .contains("Organisation:   Northwind Telecom")
        .contains("Industry:       telecommunications")
        .contains("Horizon:        2026-01-01 .. 2028-12-31")
        .contains("Revision:       3 (2026-11-20, Strategy office)")
        .contains("Corporate plan: 3 goals, 4 strategies, 4 tasks")
        .contains("CRM strategy:   2 goals, 2 indicators, 1 relationship strategy, 2 tasks")
        .contains("CRM concept:    2 capabilities, 2 phases, 9 sections")
        .contains("Roadmap:        2 milestones")
        .contains("Current state:  present")
        .endsWith("OK" + System.lineSeparator());
  }

  @Test
  void validateChecksFilesAndNamedSamples() throws IOException {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, Samples.content(Samples.TRAVEL_COMPANY));

    Run run = run("validate", file.toString(), "--sample", "weak-plan");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains(file.toString())
        .contains("Meridian Travel")
        .contains("sample weak-plan")
        .contains("Harbor Street Outfitters")
        .contains("Current state:  missing")
        .contains("Roadmap:        not given");
    assertThat(run.out().lines().filter("OK"::equals)).hasSize(2);
  }

  @Test
  void validateReadsJsonByExtension() throws IOException {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, "{\"formatVersion\": 1, \"organization\": {\"name\": \"Tiny Shop\"}}");

    Run run = run("validate", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("Organisation:   Tiny Shop")
        .contains("Industry:       not given")
        .contains("Corporate plan: not given");
  }

  @Test
  void invalidDocumentExitsTwoAndPrintsLocatedProblems() throws IOException {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(
        file,
        String.join(
            "\n", "formatVersion: 1", "organization:", "  name: Broken Ltd", "  colour: blue", ""));

    Run run = run("validate", file.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).doesNotContain("OK");
    assertThat(run.err()).contains(file.toString()).contains("INVALID").contains("colour");
    // Located: either file:line:column or the parser's "line: N, column: M".
    assertThat(run.err()).containsPattern(":4:\\d+|line: 4");
  }

  @Test
  void oneInvalidDocumentAmongValidOnesStillExitsTwo() throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "formatVersion: 1\norganization: {name: X}\nunknownSection: {}\n");

    Run run = run("validate", "--sample", "northwind-telecom", broken.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("Northwind Telecom").contains("OK");
    assertThat(run.err()).contains(broken.toString()).contains("unknownSection");
  }

  @Test
  void missingFileExitsTwoNamingTheFile() {
    Path missing = dir.resolve("no-such-plan.yaml");

    Run run = run("validate", missing.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(missing.toString()).contains("no such file");
  }

  @Test
  void directoryInsteadOfFileExitsTwo() {
    Run run = run("validate", dir.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(dir.toString()).contains("cannot read");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("validate", "--no-such-option").exit()).isEqualTo(2);
    assertThat(run("validate", "--sample", "nope").exit()).isEqualTo(2);
    assertThat(run("no-such-command").exit()).isEqualTo(2);
    Run missingCommand = run();
    assertThat(missingCommand.exit()).isEqualTo(2);
    assertThat(missingCommand.err()).contains("Usage: crm-strategy");
  }

  @Test
  void helpAndVersionExitZero() {
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("validate").contains("samples");

    Run validateHelp = run("validate", "--help");
    assertThat(validateHelp.exit()).isZero();
    assertThat(validateHelp.out()).contains("FILE").contains("--sample");

    Run version = run("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("crm-strategy ").doesNotContain("unknown version");
  }

  @Test
  void samplesListsAndPrintsBundledPlans() {
    Run list = run("samples");
    assertThat(list.exit()).isZero();
    assertThat(list.out()).contains("northwind-telecom", "travel-company", "weak-plan");

    Run show = run("samples", "travel-company");
    assertThat(show.exit()).isZero();
    assertThat(show.out()).isEqualTo(Samples.content(Samples.TRAVEL_COMPANY));

    assertThat(run("samples", "nope").exit()).isEqualTo(2);
  }
}
