package io.github.crmstrategy.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.model.PlanDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void referenceRoundTrips() throws Exception {
    LoadedPlan loaded = PlanDocuments.read(Path.of("src/test/resources/northwind-telecom.yaml"));
    PlanDocument plan = loaded.plan();
    String yaml = PlanDocuments.write(plan, DocumentFormat.YAML);
    assertThat(PlanDocuments.read(yaml, "x", DocumentFormat.YAML).plan()).isEqualTo(plan);
    assertThat(
            PlanDocuments.read(
                    PlanDocuments.write(plan, DocumentFormat.JSON), "x", DocumentFormat.JSON)
                .plan())
        .isEqualTo(plan);
  }
}
