package io.github.crmstrategy.cli;

import static io.github.crmstrategy.cli.CrmStrategyCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crmstrategy.cli.CrmStrategyCliTest.Run;
import io.github.crmstrategy.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assess} on folders, the report formats and targets, {@code --fail-on}, {@code compare}.
 */
class BatchAndFormatsCliTest {

  @TempDir Path dir;

  private Path portfolio() throws IOException {
    Path plans = dir.resolve("plans");
    Files.createDirectories(plans.resolve("travel"));
    Files.writeString(plans.resolve("a-weak.yaml"), Samples.content(Samples.WEAK_PLAN));
    Files.writeString(
        plans.resolve("b-broken.yml"), "formatVersion: 1\norganization:\n  colour: x\n");
    Files.writeString(
        plans.resolve("travel").resolve("c-travel.yaml"), Samples.content(Samples.TRAVEL_COMPANY));
    Files.writeString(plans.resolve("notes.txt"), "not a plan");
    return plans;
  }

  @Test
  void directoryBatchSkipsTheInvalidDocumentAndEndsWithASummary() throws IOException {
    Path plans = portfolio();

    Run run = run("assess", plans.toString(), "--color=never");

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
    // In text on standard output the invalid plan is reported in its place, with its problem.
    assertThat(run.out())
        .contains("b-broken.yml\nINVALID, 2 problems (not assessed)\n")
        .contains("b-broken.yml:3:3: organization.colour: unknown key 'colour'");
    assertThat(run.out())
        .contains("Organisation:   Harbor Street Outfitters")
        .contains("Organisation:   Meridian Travel")
        .doesNotContain("notes.txt")
        .doesNotContain("\u001b[");
    String summary = run.out().substring(run.out().lastIndexOf("Summary"));
    assertThat(summary.lines().skip(2))
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).contains("a-weak.yaml").contains("1 Initial"))
        .anySatisfy(l -> assertThat(l).contains("b-broken.yml").contains("INVALID"))
        .anySatisfy(l -> assertThat(l).contains("c-travel.yaml"));
    assertThat(summary.indexOf("a-weak.yaml")).isLessThan(summary.indexOf("b-broken.yml"));
  }

  @Test
  void failOnSetsStatusOneWhenAFindingReachesTheSeverity() {
    assertThat(run("assess", "--sample", "weak-plan", "--fail-on", "ERROR").exit()).isEqualTo(1);
    assertThat(run("assess", "--sample", "travel-company", "--fail-on", "ERROR").exit()).isZero();
    assertThat(run("assess", "--sample", "travel-company", "--fail-on", "WARNING").exit())
        .isEqualTo(1);
    assertThat(run("assess", "--sample", "travel-company").exit()).isZero();
    assertThat(run("assess", "--fail-on", "INFO").exit()).isEqualTo(ExitCodes.INVALID);
  }

  @Test
  void invalidDocumentsKeepStatusTwoWithFailOn() throws IOException {
    assertThat(run("assess", portfolio().toString(), "--fail-on", "ERROR").exit())
        .isEqualTo(ExitCodes.INVALID);
  }

  @Test
  void colorAlwaysColoursText() {
    assertThat(run("assess", "--sample", "weak-plan", "--color=always").out()).contains("\u001b[");
  }

  @Test
  void htmlOfSeveralPlansWritesOnePagePerPlan() throws IOException {
    Path out = dir.resolve("site");

    Run run =
        run(
            "assess",
            "--format",
            "html",
            "--output",
            out.toString(),
            "--sample",
            "travel-company",
            "--sample",
            "weak-plan");

    assertThat(run.exit()).isZero();
    assertThat(out.resolve("travel-company.html")).content().contains("Meridian Travel");
    assertThat(out.resolve("weak-plan.html")).content().contains("Harbor Street Outfitters");
    assertThat(
            run("assess", "--format", "html", "--sample", "weak-plan", "--sample", "travel-company")
                .exit())
        .isEqualTo(ExitCodes.INVALID);
  }

  @Test
  void sarifAndMarkdownGoToTheOutputFile() throws IOException {
    Files.createDirectories(dir.resolve("out"));
    Path sarif = dir.resolve("out/report.sarif");
    Path md = dir.resolve("report.md");

    assertThat(
            run(
                    "assess",
                    "--sample",
                    "weak-plan",
                    "--sample",
                    "travel-company",
                    "--format",
                    "sarif",
                    "-o",
                    sarif.toString())
                .exit())
        .isZero();
    assertThat(
            run("assess", "--sample", "weak-plan", "--format", "markdown", "-o", md.toString())
                .exit())
        .isZero();

    JsonNode log = new ObjectMapper().readTree(sarif.toFile());
    assertThat(log.path("runs")).hasSize(1);
    assertThat(log.path("runs").get(0).path("artifacts")).hasSize(2);
    assertThat(md).content().startsWith("## CRM strategy review: Harbor Street Outfitters");
  }

  @Test
  void compareShowsResolvedFindingsAndMovedTargets() throws IOException {
    Path old = dir.resolve("old.yaml");
    Files.writeString(old, Samples.content(Samples.TRAVEL_COMPANY));

    Run text = run("compare", old.toString(), "sample:travel-company-rev2", "--color=never");
    Run json = run("compare", "sample:weak-plan", "sample:weak-plan-rev2", "--format", "json");

    assertThat(text.exit()).isZero();
    assertThat(text.out())
        .contains("Resolved findings (5)")
        .contains(
            "corporatePlan.goals[G4].indicators[G4-PLAT]: 100 due 2027-12-31 -> 100 due 2028-12-31");
    JsonNode c = new ObjectMapper().readTree(json.out());
    assertThat(c.path("formatVersion").asInt())
        .isEqualTo(io.github.crmstrategy.report.ReportRenderer.JSON_FORMAT_VERSION);
    assertThat(c.path("documentQuality").path("scoreDelta").asDouble()).isPositive();
    assertThat(c.path("resolved").size()).isPositive();
    assertThat(c.path("movedTargets").size()).isPositive();
    assertThat(run("compare", "sample:nope", "sample:weak-plan").exit())
        .isEqualTo(ExitCodes.INVALID);
    assertThat(run("compare", "sample:weak-plan", "sample:weak-plan", "--format", "sarif").exit())
        .isEqualTo(ExitCodes.INVALID);
  }

  @Test
  void junitAndGithubNameEveryPlanOfAFolder() throws IOException {
    Path plans = portfolio();
    Path junit = dir.resolve("results.xml");

    Run xml = run("assess", plans.toString(), "--format", "junit", "-o", junit.toString());
    Run github = run("assess", plans.toString(), "--format", "github");

    assertThat(xml.exit()).isEqualTo(ExitCodes.INVALID);
    String doc = Files.readString(junit);
    assertThat(doc).startsWith("<?xml").endsWith("</testsuites>\n");
    assertThat(doc.split("<testsuite ", -1)).hasSize(4);
    assertThat(doc)
        .contains("name=\"" + plans.resolve("a-weak.yaml").toString().replace('\\', '/') + "\"")
        .contains("type=\"PLAN-INVALID\"");
    assertThat(github.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(github.out().lines())
        .isNotEmpty()
        .allMatch(
            l ->
                l.startsWith("::error ")
                    || l.startsWith("::warning ")
                    || l.startsWith("::notice "));
    assertThat(github.out()).contains("b-broken.yml,line=3,col=3,title=PLAN-INVALID::");
    assertThat(run("compare", "sample:weak-plan", "sample:weak-plan", "--format", "junit").exit())
        .isEqualTo(ExitCodes.INVALID);
  }
}
