package io.github.crmstrategy.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmstrategy.model.CorporatePlan;
import io.github.crmstrategy.model.CurrentState;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.Organization;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.StrategicGoal;
import io.github.crmstrategy.model.Target;
import io.github.crmstrategy.testing.SamplePlans;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanDocumentsTest {
  static final Path REFERENCE = SamplePlans.REFERENCE_FILE;

  @Test
  void readsTheReferencePlan() throws Exception {
    LoadedPlan loaded = PlanDocuments.read(REFERENCE);

    PlanDocument plan = loaded.plan();
    assertThat(loaded.source()).isEqualTo(REFERENCE.toString());
    assertThat(plan.formatVersion()).isEqualTo(1);
    assertThat(plan.organization().name()).isEqualTo("Northwind Telecom");
    assertThat(plan.crmStrategy().orElseThrow().goals()).hasSize(2);
    assertThat(plan.crmConcept().orElseThrow().sections()).hasSize(9);
    assertThat(plan.horizon().orElseThrow().end()).contains(LocalDate.of(2028, 12, 31));
  }

  @Test
  void referenceRoundTripsThroughYaml() throws Exception {
    PlanDocument plan = PlanDocuments.read(REFERENCE).plan();

    String yaml = PlanDocuments.write(plan, DocumentFormat.YAML);

    assertThat(PlanDocuments.read(yaml, "out.yaml", DocumentFormat.YAML).plan()).isEqualTo(plan);
  }

  @Test
  void referenceRoundTripsThroughJson() throws Exception {
    PlanDocument plan = PlanDocuments.read(REFERENCE).plan();

    String json = PlanDocuments.write(plan, DocumentFormat.JSON);

    assertThat(json).startsWith("{").contains("\"formatVersion\" : 1");
    assertThat(PlanDocuments.read(json, "out.json", DocumentFormat.JSON).plan()).isEqualTo(plan);
  }

  @Test
  void yamlOutputIsReadable() throws Exception {
    PlanDocument plan = PlanDocuments.read(REFERENCE).plan();

    String yaml = PlanDocuments.write(plan, DocumentFormat.YAML);

    assertThat(yaml)
        .startsWith("formatVersion: 1\nlanguage: en\nrevision:\n  number: 3\n  date: 2026-11-20\n")
        .doesNotContain("---")
        .contains("            value: 120000000\n")
        .contains("            value: 0.42\n")
        .contains("    - id: CG1\n")
        .contains("  name: Northwind Telecom\n");
  }

  @Test
  void omitsAbsentValuesAndEmptyLists() {
    PlanDocument plan =
        PlanDocument.builder()
            .formatVersion(1)
            .organization(Organization.builder().name("Acme").build())
            .currentState(CurrentState.builder().customers("Few").build())
            .build();

    assertThat(PlanDocuments.write(plan, DocumentFormat.YAML))
        .isEqualTo(
            "formatVersion: 1\norganization:\n  name: Acme\ncurrentState:\n  customers: Few\n");
    assertThat(PlanDocuments.write(plan, DocumentFormat.JSON))
        .doesNotContain("null")
        .doesNotContain("[]")
        .doesNotContain("industry");
  }

  @Test
  void stringsThatLookLikeOtherScalarsStayStrings() throws Exception {
    List<String> tricky =
        List.of(
            "123",
            "1.5",
            "1e3",
            "0x1F",
            "1_000",
            ".5",
            "true",
            "False",
            "yes",
            "No",
            "on",
            "off",
            "null",
            "~",
            "2026-01-01",
            "2026-1-1 10:00",
            "12:30",
            "- a",
            "a: b",
            "#x",
            "'q'",
            "x\ny",
            " lead",
            "trail ",
            "");
    PlanDocument plan =
        PlanDocument.builder()
            .formatVersion(1)
            .organization(Organization.builder().name("2026").industry("true").build())
            .currentState(CurrentState.builder().skills(tricky).build())
            .build();

    String yaml = PlanDocuments.write(plan, DocumentFormat.YAML);

    assertThat(yaml)
        .contains("name: \"2026\"")
        .contains("industry: \"true\"")
        .contains("- \"2026-01-01\"")
        .contains("- \"12:30\"");
    assertThat(PlanDocuments.read(yaml, "tricky.yaml", DocumentFormat.YAML).plan()).isEqualTo(plan);
  }

  @Test
  void numbersRoundTripExactly() throws Exception {
    for (double value : new double[] {0.1, 1e-9, 123456789.123, 1e18, -0.35, 0.0, 42.0}) {
      Target target = Target.builder().value(value).due(LocalDate.of(2027, 1, 1)).build();
      PlanDocument plan =
          PlanDocument.builder()
              .formatVersion(1)
              .organization(Organization.builder().name("N").build())
              .corporatePlan(
                  CorporatePlan.builder()
                      .addGoal(
                          StrategicGoal.builder()
                              .id("G")
                              .addIndicator(Indicator.builder().id("I").target(target).build())
                              .build())
                      .build())
              .build();

      for (DocumentFormat format : DocumentFormat.values()) {
        String text = PlanDocuments.write(plan, format);
        assertThat(text).doesNotContain("E");
        assertThat(PlanDocuments.read(text, "n", format).plan()).isEqualTo(plan);
      }
    }
  }

  @Test
  void writesAndReadsFiles(@TempDir Path dir) throws Exception {
    PlanDocument plan = PlanDocuments.read(REFERENCE).plan();
    Path yaml = dir.resolve("plan.yaml");
    Path json = dir.resolve("plan.json");

    PlanDocuments.write(plan, yaml);
    PlanDocuments.write(plan, json);

    assertThat(Files.readString(json)).startsWith("{");
    assertThat(PlanDocuments.read(yaml).plan()).isEqualTo(plan);
    assertThat(PlanDocuments.read(json).plan()).isEqualTo(plan);
  }

  @Test
  void readsStreamsAndReaders() throws Exception {
    String text = Files.readString(REFERENCE);
    PlanDocument plan = PlanDocuments.read(REFERENCE).plan();

    LoadedPlan fromStream =
        PlanDocuments.read(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            "stream.yaml",
            DocumentFormat.YAML);
    LoadedPlan fromReader =
        PlanDocuments.read(new StringReader(text), "reader.yaml", DocumentFormat.YAML);

    assertThat(fromStream.plan()).isEqualTo(plan);
    assertThat(fromReader.plan()).isEqualTo(plan);
  }

  @Test
  void aMissingFileIsAnIoError() {
    assertThatThrownBy(() -> PlanDocuments.read(Path.of("does-not-exist.yaml")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void locatesElementsOfTheReference() throws Exception {
    LoadedPlan loaded = PlanDocuments.read(REFERENCE);

    assertThat(loaded.locate(ElementPath.parse("crmStrategy.goals[CG1].indicators[CLV]")))
        .hasValueSatisfying(l -> assertThat(l.toString()).isEqualTo(REFERENCE + ":147:11"));
  }
}
