package io.github.crmstrategy.document;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.crmstrategy.document.internal.Mappers;
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
   * missing node.
   *
   * @throws InvalidDocumentException with the one problem that stopped the parser
   */
  public static LocatedDocument read(String content, String source, DocumentFormat format)
      throws InvalidDocumentException {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(source, "source");
    SourceIndex.Locations index;
    try {
      index = SourceIndex.index(content, source, format);
    } catch (ProblemException e) {
      throw new InvalidDocumentException(source, List.of(e.problem()));
    }
    JsonNode tree;
    try {
      tree = Mappers.mapper(format).readTree(content);
    } catch (JsonProcessingException e) {
      // The index pass accepted the same text; this is a safety net only.
      throw new InvalidDocumentException(
          source, List.of(Problem.of(ElementPath.root(), e.getOriginalMessage(), "")));
    }
    return new LocatedDocument(source, tree == null ? MissingNode.getInstance() : tree, index);
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
