package io.github.crmstrategy.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crmstrategy.document.internal.Mappers;

/**
 * The one family of Jackson configurations the project uses, so that every document, data file and
 * report is read and written the same way. Each method returns a new mapper: build it once, keep it
 * (mappers are thread-safe once configured) and do not reconfigure it.
 *
 * <table>
 *   <caption>Configurations</caption>
 *   <tr><th>method</th><th>for</th><th>reading</th><th>writing</th></tr>
 *   <tr><td>{@link #planDocuments}</td><td>plan documents</td>
 *       <td>strict: unknown and duplicate keys, nulls for primitives, coercion of text to numbers or
 *       booleans, fractions for whole numbers and non-ISO dates are rejected; limits below</td>
 *       <td>plain numbers, ISO dates, empty values left out, YAML quoted only where needed</td></tr>
 *   <tr><td>{@link #dataFiles}</td><td>rule data, profile data tables, rule aliases,
 *       baselines</td>
 *       <td>unknown and duplicate keys rejected, limits below; Jackson's default coercions</td>
 *       <td>JSON indented</td></tr>
 *   <tr><td>{@link #reportOutput}</td><td>JSON and SARIF reports, comparisons, benchmark
 *       results</td>
 *       <td>Jackson's defaults</td>
 *       <td>JDK 8 types ({@code Optional}, {@code OptionalInt}...), dates as ISO-8601 text,
 *       indented</td></tr>
 * </table>
 *
 * <p>Limits of plan documents and data files (hostile input): at most {@link #MAX_DOCUMENT_CHARS}
 * characters, {@link #MAX_NESTING_DEPTH} levels of nesting, strings of {@link #MAX_STRING_LENGTH}
 * and number literals of {@link #MAX_NUMBER_LENGTH} characters; YAML aliases are not expanded
 * beyond {@link #MAX_ALIASES}. {@link LocatedDocument} applies them too, and also refuses YAML
 * aliases, several documents in one stream and YAML lines longer than {@link #MAX_YAML_LINE_LENGTH}
 * characters.
 */
public final class JacksonMappers {
  /** Largest document accepted, in characters (code points for YAML). */
  public static final int MAX_DOCUMENT_CHARS = Mappers.MAX_DOCUMENT_CHARS;

  /** Deepest nesting of mappings and lists accepted. */
  public static final int MAX_NESTING_DEPTH = Mappers.MAX_NESTING_DEPTH;

  /** Longest single string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = Mappers.MAX_STRING_LENGTH;

  /** Longest number literal accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = Mappers.MAX_NUMBER_LENGTH;

  /** Longest YAML line accepted by {@link LocatedDocument}, in characters. */
  public static final int MAX_YAML_LINE_LENGTH = Mappers.MAX_YAML_LINE_LENGTH;

  /** Most YAML aliases expanded in collections. */
  public static final int MAX_ALIASES = Mappers.MAX_ALIASES;

  private JacksonMappers() {}

  /** A mapper for plan documents in {@code format}, as {@link PlanDocuments} reads and writes. */
  public static ObjectMapper planDocuments(DocumentFormat format) {
    return Mappers.newPlanMapper(format);
  }

  /**
   * A mapper for data files in {@code format}: tables of rule data, a profile's data files, the
   * rule alias table, baselines.
   */
  public static ObjectMapper dataFiles(DocumentFormat format) {
    return Mappers.newDataMapper(format);
  }

  /** A mapper for JSON output: reports, comparisons and benchmark results. */
  public static ObjectMapper reportOutput() {
    return Mappers.newOutputMapper();
  }
}
