package io.github.crmstrategy.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class JacksonMappersTest {
  /** A data-file shape. */
  public record Row(String name, double value) {}

  @Test
  void dataFilesAreStrictOnUnknownAndDuplicateKeys() throws Exception {
    ObjectMapper yaml = JacksonMappers.dataFiles(DocumentFormat.YAML);
    assertThat(yaml.readValue("name: x\nvalue: 2\n", Row.class)).isEqualTo(new Row("x", 2));
    assertThatThrownBy(() -> yaml.readValue("name: x\ncolour: red\n", Row.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("colour");
    assertThatThrownBy(() -> yaml.readValue("name: x\nname: y\n", Row.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Duplicate");
    ObjectMapper json = JacksonMappers.dataFiles(DocumentFormat.JSON);
    assertThatThrownBy(() -> json.readValue("{\"name\":\"x\",\"name\":\"y\"}", Row.class))
        .isInstanceOf(JsonProcessingException.class);
    assertThat(json.writeValueAsString(new Row("x", 2)))
        .isEqualTo("{\n  \"name\" : \"x\",\n  \"value\" : 2.0\n}");
  }

  @Test
  void reportOutputWritesJdkTypesIndented() throws Exception {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("a", Optional.of(1));
    value.put("b", OptionalInt.empty());
    assertThat(JacksonMappers.reportOutput().writeValueAsString(value))
        .isEqualTo("{\n  \"a\" : 1,\n  \"b\" : null\n}");
  }

  @Test
  void eachCallGivesANewMapper() {
    assertThat(JacksonMappers.reportOutput()).isNotSameAs(JacksonMappers.reportOutput());
    assertThat(JacksonMappers.planDocuments(DocumentFormat.YAML))
        .isNotSameAs(JacksonMappers.planDocuments(DocumentFormat.YAML));
  }
}
