package io.github.crmstrategy.document.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.crmstrategy.document.DocumentFormat;
import java.time.LocalDate;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The project's Jackson configurations, behind {@link
 * io.github.crmstrategy.document.JacksonMappers}: plan documents strict (no coercion, unknown keys
 * and duplicate keys rejected) and hardened against hostile input (size, nesting and alias limits);
 * data files hardened the same way and strict on unknown and duplicate keys, with Jackson's default
 * coercions; output mappers for reports. The shared plan mappers are thread-safe and built once.
 */
public final class Mappers {
  /** Largest document accepted, in characters (code points for YAML). */
  public static final int MAX_DOCUMENT_CHARS = 5 * 1024 * 1024;

  /** Deepest nesting of mappings and lists accepted; a plan needs fewer than 10 levels. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Longest single string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1024 * 1024;

  /** Longest number literal accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /**
   * Longest YAML line accepted, in characters. SnakeYAML scans a very long line in quadratic time
   * (a 4 MB line takes 20 s), so a hostile one-line document is refused before parsing.
   */
  public static final int MAX_YAML_LINE_LENGTH = 64 * 1024;

  /** Most YAML aliases SnakeYAML may expand in collections (Jackson never expands them). */
  public static final int MAX_ALIASES = 50;

  private static final ObjectMapper YAML = newPlanMapper(DocumentFormat.YAML);
  private static final ObjectMapper JSON = newPlanMapper(DocumentFormat.JSON);

  private Mappers() {}

  /** The shared plan-document mapper for {@code format}; never reconfigure it. */
  public static ObjectMapper mapper(DocumentFormat format) {
    return format == DocumentFormat.YAML ? YAML : JSON;
  }

  /** A new plan-document mapper for {@code format}: strict and hardened. */
  public static ObjectMapper newPlanMapper(DocumentFormat format) {
    return configure(format == DocumentFormat.YAML ? yamlMapper() : jsonMapper());
  }

  /**
   * A new data-file mapper for {@code format}: the plan documents' limits and duplicate-key
   * detection, unknown keys rejected, otherwise Jackson's defaults; JSON is written indented.
   */
  public static ObjectMapper newDataMapper(DocumentFormat format) {
    ObjectMapper m = format == DocumentFormat.YAML ? yamlMapper() : jsonMapper();
    m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    m.deactivateDefaultTyping();
    return m;
  }

  /** A new output mapper: JDK 8 types ({@code Optional}, {@code OptionalInt}...), indented. */
  public static ObjectMapper newOutputMapper() {
    return new ObjectMapper()
        .registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** The limits every parser applies. */
  static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxDocumentLength(MAX_DOCUMENT_CHARS)
        .build();
  }

  private static ObjectMapper yamlMapper() {
    LoaderOptions loader = new LoaderOptions();
    loader.setMaxAliasesForCollections(MAX_ALIASES);
    loader.setCodePointLimit(MAX_DOCUMENT_CHARS);
    loader.setNestingDepthLimit(MAX_NESTING_DEPTH);
    loader.setAllowDuplicateKeys(false);
    loader.setAllowRecursiveKeys(false);
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(constraints())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .stringQuotingChecker(ReadableValues.quotingChecker())
            .build();
    return YAMLMapper.builder(factory).build();
  }

  private static ObjectMapper jsonMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // NaN and Infinity are read, then refused with a located problem of their own (the
            // same as YAML's .nan and .inf) instead of a syntax error that names Jackson's option.
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    return JsonMapper.builder(factory).enable(SerializationFeature.INDENT_OUTPUT).build();
  }

  private static ObjectMapper configure(ObjectMapper m) {
    m.registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule())
        .registerModule(new GuavaModule())
        .registerModule(ReadableValues.module());
    m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES);
    // Text is never read as a number, boolean or date-as-number; numbers never become booleans.
    for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
      m.coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    m.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    // Dates are ISO strings only: no epoch-day numbers, no [y, m, d] arrays.
    m.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
    m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    m.setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY);
    // No default typing, ever: a document must not choose the classes it is bound to.
    m.deactivateDefaultTyping();
    return m;
  }
}
