package io.github.crmstrategy.cli;

import static io.github.crmstrategy.cli.CrmStrategyCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crmstrategy.cli.CrmStrategyCliTest.Run;
import io.github.crmstrategy.model.BuildingBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {

  @TempDir Path dir;

  @Test
  void assessWithoutArgumentsReportsTheBundledReferencePlan() {
    Run run = run("assess");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("northwind-telecom.yaml")
        .contains("Organisation:   Northwind Telecom")
        .containsPattern(
            "Today:          CRM maturity level [1-5] \\(\\w[\\w ]*\\), score \\d+\\.\\d / 100")
        .containsPattern("End of plan:    CRM maturity level [1-5] \\(\\w[\\w ]*\\)")
        .contains("Level today:    Overall level ")
        .contains("Building block")
        .contains("Self")
        .containsPattern("Findings:       \\d+ \\(\\d+ errors?, ");
    for (BuildingBlock block : BuildingBlock.values()) {
      assertThat(run.out()).containsPattern("(?m)^  " + block.id() + " +\\d+\\.\\d  [1-5] \\w");
    }
  }

  @Test
  void assessJsonHasTheDocumentedKeys() throws IOException {
    Run run = run("assess", "--format", "json");

    assertThat(run.exit()).isZero();
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.path("organization").asText()).isEqualTo("Northwind Telecom");
    for (String scope : java.util.List.of("current", "target")) {
      JsonNode maturity = report.path("maturity").path(scope);
      assertThat(maturity.path("score").isNumber()).isTrue();
      assertThat(maturity.path("level").asInt()).isBetween(1, 5);
      for (BuildingBlock block : BuildingBlock.values()) {
        JsonNode b = maturity.path("blocks").path(block.id());
        assertThat(b.path("score").isNumber()).as(block.id()).isTrue();
        assertThat(b.path("level").asInt()).as(block.id()).isBetween(1, 5);
      }
    }
    assertThat(report.path("documentQuality").path("score").isNumber()).isTrue();
    assertThat(report.path("findings").isArray()).isTrue();
    for (JsonNode f : report.path("findings")) {
      assertThat(f.has("ruleId") && f.has("category") && f.has("severity")).isTrue();
      assertThat(f.has("path") && f.has("message")).isTrue();
    }
    assertThat(report.path("countsBySeverity").has("ERROR")).isTrue();
  }

  @Test
  void assessJsonOfSeveralDocumentsIsAnArray() throws IOException {
    Run run =
        run("assess", "--format", "json", "--sample", "travel-company", "--sample", "weak-plan");

    assertThat(run.exit()).isZero();
    JsonNode reports = new ObjectMapper().readTree(run.out());
    assertThat(reports.isArray()).isTrue();
    assertThat(reports).hasSize(2);
  }

  @Test
  void invalidDocumentExitsTwoWithTheProblemsValidatePrints() throws IOException {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(
        file, "formatVersion: 1\norganization:\n  name: Broken Ltd\n  colour: blue\n");

    Run assess = run("assess", file.toString());
    Run validate = run("validate", file.toString());

    assertThat(assess.exit()).isEqualTo(ExitCodes.INVALID);
    // Text on standard output: the plan is named in the report with every problem, located, as
    // validate prints them on standard error; JSON names it too, and so does standard error.
    assertThat(assess.out()).startsWith(file + "\nINVALID, 1 problem (not assessed)\n");
    validate.err().lines().skip(1).forEach(p -> assertThat(assess.out()).contains("  " + p));
    assertThat(assess.err()).isEmpty();
    Run json = run("assess", file.toString(), "--format", "json");
    assertThat(json.err()).isEqualTo(validate.err());
    assertThat(json.out()).contains("\"status\" : \"invalid\"").contains("colour");
  }

  @Test
  void missingFileExitsTwo() {
    Run run = run("assess", dir.resolve("missing.yaml").toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).contains("missing.yaml\nINVALID").contains("cannot read: no such file");
    assertThat(run("assess", dir.resolve("missing.yaml").toString(), "--format", "json").err())
        .contains("missing.yaml: cannot read: no such file");
  }

  @Test
  void unknownFormatIsAUsageError() {
    assertThat(run("assess", "--format", "xml").exit()).isEqualTo(ExitCodes.INVALID);
  }

  @Test
  void rulesListDescribesEveryRule() {
    Run run = run("rules", "list");

    assertThat(run.exit()).isZero();
    int count = AssessCommand.reviewer().rules().size();
    assertThat(run.out())
        .startsWith("ID")
        .endsWith(count + (count == 1 ? " rule" : " rules") + System.lineSeparator());
    AssessCommand.reviewer()
        .rules()
        .forEach(r -> assertThat(run.out()).contains(r.id()).contains(r.title()));
  }
}
