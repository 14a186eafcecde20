package io.github.crmstrategy.rules.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.crmstrategy.rules.profile.RuleProfiles;
import io.github.crmstrategy.testing.SamplePlans;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the profile schema editors use in step with what the profile reader accepts. */
class ProfileSchemaTest {
  private static JsonNode schemaTree() throws Exception {
    try (InputStream in = RuleProfiles.schemaResource().openStream()) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static JsonSchema schema() throws Exception {
    try (InputStream in = RuleProfiles.schemaResource().openStream()) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  private static JsonNode yaml(String text) throws Exception {
    return new YAMLMapper().readTree(text);
  }

  @Test
  void theSchemaDescribesExactlyTheKeysTheReaderAccepts() throws Exception {
    JsonNode schema = schemaTree();
    assertThat(schema.path("$schema").asText())
        .isEqualTo("http://json-schema.org/draft-07/schema#");
    List<String> keys = new ArrayList<>();
    schema.path("properties").fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactlyInAnyOrderElementsOf(ProfileReader.KEYS);
    schema.path("properties").forEach(p -> assertThat(p.path("description").asText()).isNotBlank());
  }

  @Test
  void theExampleWorkspaceProfileIsValid() throws Exception {
    String profile = Files.readString(SamplePlans.WORKSPACE_FOLDER.resolve("profile.yaml"));
    assertThat(schema().validate(yaml(profile))).isEmpty();
  }

  @Test
  void editorsSeeTyposAndWrongShapes() throws Exception {
    assertThat(schema().validate(yaml("rulez:\n  REAL-003: off\n"))).isNotEmpty();
    assertThat(schema().validate(yaml("rules:\n  REAL-003: loud\n"))).isNotEmpty();
    assertThat(schema().validate(yaml("parameters:\n  realism.x: high\n"))).isNotEmpty();
    assertThat(schema().validate(yaml("suppressions:\n  - path: roadmap.**\n"))).isNotEmpty();
    assertThat(schema().validate(yaml("data:\n  checkz: {add: [c.yaml]}\n"))).isNotEmpty();
    assertThat(
            schema()
                .validate(yaml("data:\n  checks: {add: [c.yaml]}\n  folding: {replace: f.yaml}\n")))
        .isEmpty();
    assertThat(
            schema()
                .validate(
                    yaml(
                        "rules:\n  REAL-003: {severity: WARNING}\n  ALIGN-014: off\n"
                            + "benchmarks: {add: [tables/ranges.yaml]}\n"
                            + "suppressions:\n  - {rule: COMP-018, path: crmConcept.**,"
                            + " justification: agreed}\n")))
        .isEmpty();
  }
}
