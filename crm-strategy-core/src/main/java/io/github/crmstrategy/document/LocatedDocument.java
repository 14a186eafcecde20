package io.github.crmstrategy.document;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crmstrategy.document.internal.BindingProblems;
import io.github.crmstrategy.document.internal.DocumentText;
import io.github.crmstrategy.document.internal.ProblemException;
import io.github.crmstrategy.document.internal.SourceIndex;
import io.github.crmstrategy.model.ElementPath;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Any YAML or JSON document read into a Jackson tree together with the source location of each of
 * its nodes, so that whatever checks the tree can name the file, line and column of what it
 * rejects. Plan documents ({@link PlanDocuments}), rule profiles and their data files are read with
 * it.
 *
 * <p>Reading is hardened exactly as for plan documents ({@link JacksonMappers}): the size, nesting,
 * string and number limits, YAML lines of at most {@link JacksonMappers#MAX_YAML_LINE_LENGTH}
 * characters; duplicate keys, YAML aliases and several documents in one stream are rejected. What
 * is rejected is a {@link Problem} with the same message as for a plan document ({@code YAML syntax
 * error: ...}, {@code duplicate key 'x'}, {@code the document exceeds a safety limit: ...}),
 * located where the parser stopped.
 *
 * <p>Nodes are addressed by JSON Pointer (RFC 6901, {@code /rules/REAL-003}, {@code /drl/0}). Each
 * node has two locations: {@link #locate} is where an editor should point for the node (the key of
 * a field, the start of a list element), {@link #locateValue} where its value starts ({@code 4} in
 * {@code max: 4}).
 *
 * <pre>{@code
 * LocatedDocument doc = LocatedDocument.read(text, "profile.yaml", DocumentFormat.YAML);
 * JsonPointer at = JsonPointer.compile("/parameters").appendProperty("realism.trendFloor");
 * doc.locateValue(at); // profile.yaml:4:23
 * }</pre>
 *
 * <p>Instances are immutable as long as nobody modifies {@link #root()}; do not.
 */
public final class LocatedDocument {
  private final String source;
  private final JsonNode root;
  private final Map<String, SourceLocation> locations;
  private final Map<String, SourceLocation> values;
  private final Map<String, String> scalars;

  private LocatedDocument(String source, JsonNode root, SourceIndex.Locations index) {
    this.source = source;
    this.root = root;
    this.locations = Map.copyOf(index.elements());
    this.values = Map.copyOf(index.values());
    this.scalars = Map.copyOf(index.scalars());
  }

  /**
   * Parses {@code content}; {@code source} names it in locations and problems (usually the file
   * path). An empty document (nothing, or only comments) is not a problem: its {@link #root()} is a
   * missing node. A leading byte-order mark is ignored.
   *
   * @throws InvalidDocumentException with the syntax or safety problem that stopped the parser, or
   *     every value that cannot be used (a number that is not finite: {@code .nan}, {@code .inf},
   *     {@code NaN}, {@code 1e400}), each located
   */
  public static LocatedDocument read(String content, String source, DocumentFormat format)
      throws InvalidDocumentException {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(source, "source");
    SourceIndex.Parsed parsed;
    try {
      parsed = SourceIndex.read(DocumentText.withoutBom(content), source, format);
    } catch (ProblemException e) {
      throw new InvalidDocumentException(source, List.of(e.problem()));
    }
    if (!parsed.valueProblems().isEmpty()) {
      throw new InvalidDocumentException(source, parsed.valueProblems());
    }
    return new LocatedDocument(source, parsed.root(), parsed.locations());
  }

  /**
   * Decodes and parses the file content {@code bytes}: UTF-8 (with or without a byte-order mark) or
   * UTF-16 with a byte-order mark; see {@link #read(String, String, DocumentFormat)}.
   *
   * @throws InvalidDocumentException as {@link #read(String, String, DocumentFormat)}, and when the
   *     bytes are in another encoding: located at the first byte that is not UTF-8, with the
   *     encoding the file seems to be in
   */
  public static LocatedDocument read(byte[] bytes, String source, DocumentFormat format)
      throws InvalidDocumentException {
    Objects.requireNonNull(bytes, "bytes");
    try {
      return read(DocumentText.decode(bytes, source), source, format);
    } catch (ProblemException e) {
      throw new InvalidDocumentException(source, List.of(e.problem()));
    }
  }

  /** The document name given to {@link #read}, usually its file path. */
  public String source() {
    return source;
  }

  /** The document's tree; a missing node when the document is empty. */
  public JsonNode root() {
    return root;
  }

  /** Whether the document holds nothing (or only comments). */
  public boolean isEmpty() {
    return root.isMissingNode();
  }

  /**
   * Where each node is, by JSON Pointer text ({@code ""} for the root): a field at its key, a list
   * element at the start of its value. The map {@link LoadedPlan#locations()} holds.
   */
  public Map<String, SourceLocation> locations() {
    return locations;
  }

  /**
   * Where an editor should point for the node at {@code pointer}: the key of a field, the start of
   * a list element, the start of the document for the root. Empty when there is no such node.
   */
  public Optional<SourceLocation> locate(JsonPointer pointer) {
    return Optional.ofNullable(locations.get(pointer.toString()));
  }

  /** Where the value of the node at {@code pointer} starts; empty when there is no such node. */
  public Optional<SourceLocation> locateValue(JsonPointer pointer) {
    return Optional.ofNullable(values.get(pointer.toString()));
  }

  /**
   * The text of the scalar at {@code pointer} as written in the document: a string's value, a
   * number or boolean as typed ({@code 1.50}, {@code 0x1F}, {@code True}, where the tree's value
   * prints {@code 1.5}, {@code 31}, {@code true}), empty for {@code null}. Empty when the node is
   * missing or not a scalar. For messages that quote what the author wrote.
   */
  public Optional<String> scalarText(JsonPointer pointer) {
    JsonNode node = root.at(pointer);
    if (node.isMissingNode() || node.isContainerNode()) {
      return Optional.empty();
    }
    if (node.isNull()) {
      return Optional.of("");
    }
    if (node.isTextual()) {
      return Optional.of(node.textValue());
    }
    return Optional.of(scalars.getOrDefault(pointer.toString(), node.asText()));
  }

  /**
   * {@link #locate} of the node at {@code pointer}, or of its nearest enclosing node that has a
   * location (for a key the document lacks, the mapping that lacks it).
   */
  public Optional<SourceLocation> locateNearest(JsonPointer pointer) {
    for (JsonPointer p = pointer; p != null; p = p.head()) {
      SourceLocation location = locations.get(p.toString());
      if (location != null) {
        return Optional.of(location);
      }
    }
    return Optional.empty();
  }

  /**
   * The tree bound to {@code type} by {@code mapper} (one of {@link JacksonMappers}). A binding
   * error becomes a problem in the document's terms, located at the node: {@code unknown key 'min'
   * (fix: known keys here: ...)}, {@code expected a number, found text 'abc'}, never Jackson's or
   * the target's class names.
   *
   * @throws InvalidDocumentException with the problem, located
   */
  public <T> T bind(ObjectMapper mapper, Class<T> type) throws InvalidDocumentException {
    try {
      return mapper.treeToValue(root, type);
    } catch (JsonMappingException e) {
      throw new InvalidDocumentException(source, BindingProblems.of(e, root, locations));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidDocumentException(
          source,
          List.of(
              new Problem(
                      ElementPath.root(),
                      "the document does not have the expected shape",
                      "compare it with the documented example",
                      Optional.of(locations.getOrDefault("", new SourceLocation(source, 1, 1))))
                  .keyed("document.shape")));
    }
  }

  /**
   * Where the node a binding error of this document's tree is about is ({@link #locateNearest} of
   * the error's path), for example the unknown key of an {@code UnrecognizedPropertyException}.
   */
  public Optional<SourceLocation> locate(JsonMappingException e) {
    JsonPointer pointer = JsonPointer.empty();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        pointer = pointer.appendProperty(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        pointer = pointer.appendIndex(ref.getIndex());
      }
    }
    return locateNearest(pointer);
  }
}
