package io.github.crmstrategy.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.crmstrategy.document.internal.Mappers;
import io.github.crmstrategy.model.PlanDocument;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Keeps the shipped JSON Schema and the model from drifting apart. */
class SchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode schemaTree() throws Exception {
    try (InputStream in = PlanDocuments.schemaResource().openStream()) {
      return JSON.readTree(in);
    }
  }

  private static JsonSchema schema() throws Exception {
    try (InputStream in = PlanDocuments.schemaResource().openStream()) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  private static JsonNode yamlTree(Path file) throws Exception {
    return Mappers.mapper(DocumentFormat.YAML).readTree(Files.readString(file));
  }

  @Test
  void schemaIsShippedAtTheDocumentedResource() {
    assertThat(PlanDocuments.schemaResource()).isNotNull();
    assertThat(PlanDocuments.schemaResource().getPath()).endsWith(PlanDocuments.SCHEMA_RESOURCE);
  }

  @Test
  void referencePlanConformsToTheSchema() throws Exception {
    Set<ValidationMessage> errors = schema().validate(yamlTree(PlanDocumentsTest.REFERENCE));

    assertThat(errors).isEmpty();
  }

  @Test
  void writtenJsonConformsToTheSchema() throws Exception {
    PlanDocument plan = PlanDocuments.read(PlanDocumentsTest.REFERENCE).plan();
    JsonNode written = JSON.readTree(PlanDocuments.write(plan, DocumentFormat.JSON));

    assertThat(schema().validate(written)).isEmpty();
  }

  @Test
  void schemaRejectsUnknownKeysBadEnumsAndMissingRequiredKeys() throws Exception {
    JsonNode broken =
        Mappers.mapper(DocumentFormat.YAML)
            .readTree(
                "formatVersion: 1\norganization: {industry: x}\nhorizon: {begin: 2026-01-01}\n"
                    + "corporatePlan: {goals: [{id: G1, perspective: finansial}]}\n");

    assertThat(schema().validate(broken))
        .extracting(ValidationMessage::getMessage)
        .anyMatch(m -> m.contains("name") && m.contains("required"))
        .anyMatch(m -> m.contains("begin"))
        .anyMatch(m -> m.contains("finansial") || m.contains("enum"));
  }

  /** Every @Value.Immutable interface reachable from PlanDocument has exactly its keys here. */
  @Test
  void schemaPropertiesAreExactlyTheModelAccessors() throws Exception {
    JsonNode schema = schemaTree();
    Map<Class<?>, JsonNode> definitions = new LinkedHashMap<>();
    definitions.put(PlanDocument.class, schema);
    List<Class<?>> pending = new ArrayList<>(List.of(PlanDocument.class));
    Set<String> seen = new TreeSet<>();
    while (!pending.isEmpty()) {
      Class<?> type = pending.remove(0);
      if (!seen.add(type.getSimpleName())) {
        continue;
      }
      JsonNode definition =
          type == PlanDocument.class
              ? schema
              : schema.path("definitions").path(type.getSimpleName());
      assertThat(definition.isObject()).as("definitions/%s", type.getSimpleName()).isTrue();
      if (type.isEnum()) {
        assertThat(texts(definition.path("enum")))
            .as("values of %s", type.getSimpleName())
            .containsExactlyElementsOf(enumValues(type));
        continue;
      }
      assertThat(definition.path("additionalProperties").asBoolean(true))
          .as("%s additionalProperties", type.getSimpleName())
          .isFalse();
      Set<String> properties = new TreeSet<>();
      definition.path("properties").fieldNames().forEachRemaining(properties::add);
      if (type == PlanDocument.class) {
        // The editor's schema reference: in the schema so that editors accept it, ignored by the
        // reader.
        assertThat(properties.remove("$schema")).as("root property $schema").isTrue();
      }
      Set<String> accessors = new TreeSet<>();
      Set<String> required = new TreeSet<>();
      for (Method method : accessors(type)) {
        accessors.add(method.getName());
        if (isRequired(method)) {
          required.add(method.getName());
        }
        for (Class<?> referenced : referencedTypes(method.getGenericReturnType())) {
          pending.add(referenced);
        }
        assertThat(
                definition.path("properties").path(method.getName()).path("description").asText())
            .as("description of %s.%s", type.getSimpleName(), method.getName())
            .isNotBlank();
      }
      assertThat(properties).as("properties of %s", type.getSimpleName()).isEqualTo(accessors);
      assertThat(new TreeSet<>(texts(definition.path("required"))))
          .as("required keys of %s", type.getSimpleName())
          .isEqualTo(required);
    }
    Set<String> defined = new TreeSet<>();
    schema.path("definitions").fieldNames().forEachRemaining(defined::add);
    seen.remove(PlanDocument.class.getSimpleName());
    assertThat(defined).as("definitions without a model type").isEqualTo(seen);
  }

  private static List<Method> accessors(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0)
        .filter(m -> m.getDeclaringClass().getPackageName().equals(type.getPackageName()))
        .toList();
  }

  private static boolean isRequired(Method method) {
    Class<?> type = method.getReturnType();
    return !method.isDefault()
        && type != Optional.class
        && type != OptionalInt.class
        && type != OptionalDouble.class
        && !Collection.class.isAssignableFrom(type)
        && !Map.class.isAssignableFrom(type);
  }

  /** Model types (interfaces with a generated Immutable class, and enums) in {@code type}. */
  private static List<Class<?>> referencedTypes(Type type) {
    List<Class<?>> found = new ArrayList<>();
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        found.addAll(referencedTypes(argument));
      }
    } else if (type instanceof Class<?> c
        && c.getPackageName().equals(PlanDocument.class.getPackageName())
        && (c.isEnum() || hasImmutable(c))) {
      found.add(c);
    }
    return found;
  }

  private static boolean hasImmutable(Class<?> c) {
    try {
      Class.forName(c.getPackageName() + ".Immutable" + c.getSimpleName());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static List<String> enumValues(Class<?> type) {
    return Arrays.stream(type.getFields())
        .filter(java.lang.reflect.Field::isEnumConstant)
        .map(f -> f.getAnnotation(JsonProperty.class).value())
        .toList();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
