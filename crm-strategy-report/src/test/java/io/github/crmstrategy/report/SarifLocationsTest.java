package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Where SARIF says a plan is: a file URI for an absolute path, a relative reference to {@code
 * %SRCROOT%} otherwise, never a relative reference that begins with a slash (which SARIF readers
 * reject, SARIF1004); the tool has an {@code informationUri} (SARIF2005).
 */
class SarifLocationsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode sarif(String name) throws Exception {
    LoadedPlan loaded = SamplePlans.load(Samples.WEAK_PLAN);
    ReviewedPlan plan = ReviewedPlan.assess(SampleReports.REVIEWER, name, loaded);
    return JSON.readTree(
        ReportRenderer.of(ReportFormat.SARIF)
            .withRules(SampleReports.REVIEWER.rules())
            .render(plan));
  }

  @Test
  void anAbsolutePathIsAFileUriEverywhereTheArtifactIsNamed() throws Exception {
    Path file = Path.of("/srv/plans/Ünternehmen plan.yaml").toAbsolutePath();
    JsonNode run = sarif(file.toString()).path("runs").get(0);

    String expected = file.toUri().toASCIIString();
    assertThat(expected).startsWith("file:///").contains("%C3%9Cnternehmen%20plan.yaml");
    assertThat(run.path("artifacts").get(0).path("location").path("uri").asText())
        .isEqualTo(expected);
    assertThat(run.findValues("artifactLocation"))
        .isNotEmpty()
        .allSatisfy(
            l -> {
              assertThat(l.path("uri").asText()).isEqualTo(expected);
              assertThat(l.has("uriBaseId")).isFalse();
            });
    assertThat(Path.of(URI.create(expected))).isEqualTo(file);
  }

  @Test
  void aRelativePathIsARelativeReferenceToTheSourceRoot() throws Exception {
    JsonNode run = sarif("plans\\emea\\weak plan.yaml").path("runs").get(0);

    assertThat(run.findValues("artifactLocation"))
        .isNotEmpty()
        .allSatisfy(
            l -> {
              assertThat(l.path("uri").asText()).isEqualTo("plans/emea/weak%20plan.yaml");
              assertThat(l.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            });
    JsonNode artifact = run.path("artifacts").get(0);
    assertThat(artifact.path("roles").get(0).asText()).isEqualTo("analysisTarget");
    assertThat(artifact.path("mimeType").asText()).isEqualTo("application/yaml");
  }

  @Test
  void aColonInTheFirstSegmentDoesNotReadAsAScheme() throws Exception {
    JsonNode location =
        sarif("c:plan.yaml").path("runs").get(0).path("artifacts").get(0).path("location");

    assertThat(URI.create(location.path("uri").asText()).getScheme()).isNull();
  }

  @Test
  void theToolSaysWhereToLearnAboutIt() throws Exception {
    assertThat(
            sarif("weak-plan.yaml")
                .path("runs")
                .get(0)
                .path("tool")
                .path("driver")
                .path("informationUri")
                .asText())
        .startsWith("https://");
  }
}
