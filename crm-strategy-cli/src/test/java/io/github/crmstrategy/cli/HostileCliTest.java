package io.github.crmstrategy.cli;

import static io.github.crmstrategy.cli.CrmStrategyCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crmstrategy.cli.CrmStrategyCliTest.Run;
import io.github.crmstrategy.samples.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line against the wrong folder, a full disk, missing folders, invalid plans and
 * runaway rules in a batch, untrusted profiles, and revisions of two different organisations: every
 * failure has its exit status and message, and no plan is left out of a report.
 */
class HostileCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path portfolio() throws IOException {
    Path plans = dir.resolve("plans");
    Files.createDirectories(plans);
    Files.writeString(plans.resolve("a-weak.yaml"), Samples.content(Samples.WEAK_PLAN));
    Files.writeString(
        plans.resolve("b-broken.yml"), "formatVersion: 1\norganization:\n  colour: x\n");
    Files.writeString(plans.resolve("c-travel.yaml"), Samples.content(Samples.TRAVEL_COMPANY));
    return plans;
  }

  @Test
  void aFolderWithoutPlansIsAnErrorNotAReviewOfTheReferencePlan() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.txt"), "no plan here");

    Run run = run("assess", empty.toString(), "--format", "json");

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(empty + ": no plan documents (*.yaml, *.yml, *.json) in this folder or below\n");
  }

  @Test
  void outputInAFolderThatDoesNotExistIsRefusedAndNoFolderIsCreated() {
    Path missing = dir.resolve("missing/dir");

    Run json = run("assess", "--format", "json", "-o", missing.resolve("x.json").toString());
    Run baseline =
        run("assess", "--write-baseline", missing.resolve("b.json").toString(), "--color=never");
    Run html =
        run(
            "assess",
            "--format",
            "html",
            "--sample",
            "weak-plan",
            "--sample",
            "travel-company",
            "-o",
            missing.resolve("site").toString());
    Run compare =
        run("compare", "sample:weak-plan", "sample:weak-plan-rev2", "-o", missing + "/c.md");

    assertThat(json.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(json.err())
        .contains("x.json: cannot write: the folder " + missing + " does not exist");
    assertThat(baseline.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(baseline.err()).contains("b.json: cannot write the baseline: the folder");
    assertThat(html.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(compare.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(dir.resolve("missing")).doesNotExist();
  }

  @Test
  void theFolderOfHtmlPagesIsCreatedWhenAskedForButNotTheFoldersAboveIt() {
    Path site = dir.resolve("site");

    Run run =
        run(
            "assess",
            "--format",
            "html",
            "--sample",
            "weak-plan",
            "--sample",
            "travel-company",
            "-o",
            site.toString());

    assertThat(run.exit()).isZero();
    assertThat(site.resolve("weak-plan.html")).exists();
  }

  @Test
  void aStandardOutputThatFailsGivesStatusTwo() {
    Writer failing =
        new Writer() {
          @Override
          public void write(char[] c, int off, int len) throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void close() {}
        };
    for (String[] args :
        new String[][] {
          {"assess", "--sample", "weak-plan"},
          {"assess", "--sample", "weak-plan", "--format", "json"},
          {"validate"},
          {"samples"}
        }) {
      StringWriter err = new StringWriter();
      CommandLine cli = CrmStrategyCli.commandLine();
      cli.setOut(new PrintWriter(failing));
      cli.setErr(new PrintWriter(err, true));

      int exit = CrmStrategyCli.execute(cli, args);

      assertThat(exit).as(String.join(" ", args)).isEqualTo(ExitCodes.INVALID);
      assertThat(err.toString()).contains("cannot write").contains("standard output");
    }
  }

  @Test
  void everyMachineReadableFormatNamesTheInvalidPlanWithItsLocatedProblems() throws IOException {
    Path plans = portfolio();

    Run json = run("assess", plans.toString(), "--format", "json");
    Run sarif = run("assess", plans.toString(), "--format", "sarif");
    Run md = run("assess", plans.toString(), "--format", "markdown");

    for (Run r : new Run[] {json, sarif, md}) {
      assertThat(r.exit()).isEqualTo(ExitCodes.INVALID);
      assertThat(r.err()).contains("b-broken.yml: INVALID, 2 problems");
    }
    JsonNode entries = JSON.readTree(json.out());
    assertThat(entries).hasSize(3);
    JsonNode broken = entries.get(1);
    assertThat(broken.path("plan").asText()).endsWith("b-broken.yml");
    assertThat(broken.path("status").asText()).isEqualTo("invalid");
    assertThat(broken.path("problems").get(1).path("location").path("line").asInt()).isEqualTo(3);
    JsonNode run = JSON.readTree(sarif.out()).path("runs").get(0);
    assertThat(run.path("artifacts")).hasSize(3);
    assertThat(run.path("results").findValuesAsText("ruleId")).contains("PLAN-INVALID");
    assertThat(run.path("invocations").get(0).path("executionSuccessful").asBoolean()).isFalse();
    assertThat(md.out()).contains("b-broken.yml` | – | – | **INVALID**").contains("unknown key");
  }

  @Test
  void aRunawayRuleCutsItsPlanShortAndTheBatchGoesOn() throws IOException {
    Path plans = portfolio();
    Files.delete(plans.resolve("b-broken.yml"));
    Files.writeString(
        dir.resolve("loop.drl"),
        """
        package com.acme.rules;
        import io.github.crmstrategy.rules.facts.*;
        global io.github.crmstrategy.rules.facts.FindingSink findings;
        rule "Keeps updating the plan"
          @id("ACME-900") @title("t") @category("REALISM") @severity("INFO")
          @rationale("r") @remediation("m")
        when
          $p : PlanFact( organization == "Harbor Street Outfitters" )
        then
          update( $p );
        end
        """);
    Path profile =
        Files.writeString(
            dir.resolve("profile.yaml"), "drl: [loop.drl]\nlimits:\n  maxFirings: 2000\n");

    Run run = run("assess", plans.toString(), "--profile", profile.toString(), "--format", "json");

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
    JsonNode entries = JSON.readTree(run.out());
    assertThat(entries).hasSize(2);
    JsonNode cut = entries.get(0);
    assertThat(cut.path("status").asText()).isEqualTo("cutShort");
    assertThat(cut.path("cutShort").path("reason").asText()).isEqualTo("FIRING_LIMIT");
    assertThat(cut.path("cutShort").path("ruleId").asText()).isEqualTo("ACME-900");
    assertThat(entries.get(1).path("organization").asText()).isEqualTo("Meridian Travel");
    assertThat(entries.get(1).path("findings").size()).isPositive();
    assertThat(run.err()).contains("a-weak.yaml: Rule \"Keeps updating the plan\" (ACME-900)");
    assertThat(run.err()).doesNotContain("\tat org.drools");

    Run untrusted = run("rules", "check", profile.toString(), "--untrusted-profile");
    assertThat(untrusted.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(untrusted.err())
        .contains(profile + ":1:1: an untrusted profile may not add rules of its own: 'drl'");
  }

  @Test
  void comparingPlansOfTwoOrganisationsSaysSo() {
    Run run = run("compare", "sample:travel-company", "sample:weak-plan", "--color=never");

    assertThat(run.exit()).isZero();
    assertThat(run.err())
        .contains(
            "warning: the two plans are of different organisations, 'Meridian Travel'"
                + " (travel-company.yaml) and 'Harbor Street Outfitters' (weak-plan.yaml)");
    assertThat(run.out()).contains("Warning:        the two plans are of different organisations");
    assertThat(run("compare", "sample:weak-plan", "sample:weak-plan-rev2").err()).isEmpty();
  }
}
