package io.github.crmstrategy.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.crmstrategy.document.internal.DocumentReader;
import io.github.crmstrategy.document.internal.DocumentText;
import io.github.crmstrategy.document.internal.Mappers;
import io.github.crmstrategy.document.internal.ProblemException;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.PlanDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes plan documents in YAML and JSON.
 *
 * <p>Reading is strict: unknown keys, duplicate keys, values of the wrong type (text where a number
 * is expected, a fraction where a whole number is expected, a malformed date, a value outside an
 * enumeration) and missing required keys are rejected with a {@link Problem} naming the file, line,
 * column and element path, and a fix. A document that binds is then validated by {@link
 * PlanValidator}; every validation problem is reported, each located. A document is accepted or
 * rejected as a whole.
 *
 * <p>Reading is safe with untrusted input: documents are limited in size (5 MB), nesting depth,
 * string and number length; YAML aliases are rejected (so alias bombs cannot expand); no class
 * names are ever read from a document.
 *
 * <p>Writing omits absent values and empty lists, writes dates as ISO strings, and writes YAML
 * without a document-start marker and with quotes only where needed to read back the same values.
 */
public final class PlanDocuments {
  /**
   * Classpath location of the JSON Schema (draft-07, the draft editors' YAML language server
   * supports) of the document format.
   */
  public static final String SCHEMA_RESOURCE = "/io/github/crmstrategy/plan-document.schema.json";

  private PlanDocuments() {}

  /**
   * Reads, parses and validates the document at {@code file}; its format follows its extension
   * ({@link DocumentFormat#of(Path)}).
   *
   * @throws IOException if the file cannot be read
   * @throws InvalidPlanException if the document does not parse, bind or validate
   */
  public static LoadedPlan read(Path file) throws IOException, InvalidPlanException {
    String source = file.toString();
    if (Files.size(file) > Mappers.MAX_DOCUMENT_CHARS * 4L) {
      throw tooLarge(source, Files.size(file));
    }
    return read(Files.readAllBytes(file), source, DocumentFormat.of(file));
  }

  /**
   * Reads, parses and validates the document in {@code in}, which is not closed. The bytes are
   * UTF-8 (a byte-order mark is ignored) or UTF-16 with a byte-order mark; anything else is an
   * {@link InvalidPlanException} that names the first byte that is not UTF-8 and the encoding the
   * document seems to be in.
   *
   * @param source the document name used in problems, usually its file path
   * @throws IOException if the stream cannot be read
   * @throws InvalidPlanException if the document does not decode, parse, bind or validate
   */
  public static LoadedPlan read(InputStream in, String source, DocumentFormat format)
      throws IOException, InvalidPlanException {
    byte[] bytes = in.readNBytes(Mappers.MAX_DOCUMENT_CHARS * 4 + 1);
    if (bytes.length > Mappers.MAX_DOCUMENT_CHARS * 4) {
      throw tooLarge(source, bytes.length);
    }
    return read(bytes, source, format);
  }

  private static LoadedPlan read(byte[] bytes, String source, DocumentFormat format)
      throws InvalidPlanException {
    String text;
    try {
      text = DocumentText.decode(bytes, source);
    } catch (ProblemException e) {
      throw new InvalidPlanException(source, List.of(e.problem()));
    }
    return read(text, source, format);
  }

  private static InvalidPlanException tooLarge(String source, long bytes) {
    return new InvalidPlanException(
        source,
        List.of(
            new Problem(
                    ElementPath.root(),
                    "the document exceeds a safety limit: the file has "
                        + bytes
                        + " bytes, more than a plan document of "
                        + Mappers.MAX_DOCUMENT_CHARS
                        + " characters (5 MB) can take",
                    "split the plan or remove embedded data (long notes, pasted tables)",
                    Optional.of(new SourceLocation(source, 1, 1)))
                .keyed("limit.file", "bytes", bytes, "max", Mappers.MAX_DOCUMENT_CHARS)));
  }

  /**
   * Reads, parses and validates the document in {@code reader}, which is not closed.
   *
   * @param source the document name used in problems, usually its file path
   * @throws IOException if the reader fails
   * @throws InvalidPlanException if the document does not parse, bind or validate
   */
  public static LoadedPlan read(Reader reader, String source, DocumentFormat format)
      throws IOException, InvalidPlanException {
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = reader.read(buffer)) >= 0) {
      sb.append(buffer, 0, n);
      if (sb.length() > Mappers.MAX_DOCUMENT_CHARS) {
        break; // The parser reports the limit, located.
      }
    }
    return read(sb.toString(), source, format);
  }

  /**
   * Parses and validates {@code content}.
   *
   * @param source the document name used in problems, usually its file path
   * @throws InvalidPlanException if the document does not parse, bind or validate
   */
  public static LoadedPlan read(String content, String source, DocumentFormat format)
      throws InvalidPlanException {
    return DocumentReader.read(content, source, format);
  }

  /** The document text of {@code plan} in {@code format}. */
  public static String write(PlanDocument plan, DocumentFormat format) {
    try {
      return Mappers.mapper(format).writeValueAsString(plan);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code plan} to {@code file} (UTF-8) in the format its extension names ({@link
   * DocumentFormat#of(Path)}), replacing the file.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(PlanDocument plan, Path file) throws IOException {
    Files.writeString(file, write(plan, DocumentFormat.of(file)), StandardCharsets.UTF_8);
  }

  /**
   * The JSON Schema (draft-07, the draft editors' YAML language server supports) of the plan
   * document format, at {@link #SCHEMA_RESOURCE} on the classpath. Editors can use it for
   * completion and checking; it is kept equal to the model by a test. It checks shape only (keys,
   * types, enumerations, required keys), not the cross-references and consistency rules of {@link
   * PlanValidator}.
   */
  public static URL schemaResource() {
    return PlanDocuments.class.getResource(SCHEMA_RESOURCE);
  }
}
