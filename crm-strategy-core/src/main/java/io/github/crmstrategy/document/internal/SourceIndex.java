package io.github.crmstrategy.document.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.model.ElementPath;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one streaming pass over a document: builds its Jackson tree, records where every element
 * starts (by JSON Pointer), and rejects what must never reach binding: syntax errors, duplicate
 * keys, YAML aliases, several documents in one stream, input beyond the safety limits.
 *
 * <p>A syntax problem stops the pass (nothing after it can be trusted). A value that parses but
 * cannot be used, a number that is not finite ({@code .nan}, {@code .inf}, {@code NaN}, {@code
 * 1e400}) or a YAML binary value, does not: it is recorded as a value problem, located, and left
 * out of the tree (a list keeps a null in its place, so that positions do not move), and the pass
 * goes on, so that every such value is reported at once.
 */
public final class SourceIndex {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Jackson's wording of a stream constraint: {@code Number value length (201) exceeds ...}. */
  private static final Pattern CONSTRAINT =
      Pattern.compile("^(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  private SourceIndex() {}

  /**
   * Where the elements of a document are, by JSON Pointer.
   *
   * @param elements a field at the location of its key, a list element at the start of its value,
   *     the root ({@code ""}) at the start of the document
   * @param values every element at the start of its value
   * @param scalars the text of every number and boolean as written ({@code 1.50}, {@code True}),
   *     which the tree's value may print differently
   */
  public record Locations(
      Map<String, SourceLocation> elements,
      Map<String, SourceLocation> values,
      Map<String, String> scalars) {}

  /**
   * A document read in one pass.
   *
   * @param root the tree; a missing node for an empty document
   * @param locations where each node is
   * @param valueProblems the values left out of the tree, each located, in document order
   * @param leftOut the JSON Pointers of those values
   */
  public record Parsed(
      JsonNode root, Locations locations, List<Problem> valueProblems, Set<String> leftOut) {}

  /**
   * Reads {@code content}: its tree, the locations of its elements and the values it left out.
   *
   * @throws ProblemException with the syntax or safety problem that stopped the pass
   */
  public static Parsed read(String content, String source, DocumentFormat format)
      throws ProblemException {
    checkLength(content, source, format);
    if (format == DocumentFormat.YAML) {
      checkLineLengths(content, source);
    }
    Map<String, SourceLocation> locations = new HashMap<>();
    Map<String, SourceLocation> values = new HashMap<>();
    Map<String, String> scalars = new HashMap<>();
    List<Pending> pending = new ArrayList<>();
    Set<String> leftOut = new LinkedHashSet<>();
    JsonParser parser = null;
    try {
      parser = Mappers.mapper(format).getFactory().createParser(content);
      int rootValues = 0;
      JsonNode root = MissingNode.getInstance();
      Deque<ContainerNode<?>> open = new ArrayDeque<>();
      String fieldName = null;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
          throw new ProblemException(
              new Problem(
                      pathOf(parser.getParsingContext()),
                      "YAML alias '*" + parser.getText() + "' is not supported",
                      "write the value out in full instead of referring to an anchor",
                      Optional.of(at(source, parser.currentTokenLocation())))
                  .keyed("yaml.alias", "alias", parser.getText()));
        }
        JsonStreamContext context = parser.getParsingContext();
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          open.pop();
          continue;
        }
        if (token == JsonToken.FIELD_NAME) {
          fieldName = parser.currentName();
        }
        boolean structStart = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        JsonStreamContext owner = structStart ? context.getParent() : context;
        if (owner.inRoot() && ++rootValues > 1) {
          throw new ProblemException(
              new Problem(
                      ElementPath.root(),
                      "more than one document in the stream",
                      "keep one plan per file; remove the second document",
                      Optional.of(at(source, parser.currentTokenLocation())))
                  .keyed("yaml.secondDocument"));
        }
        String pointer = owner.pathAsPointer().toString();
        SourceLocation location = at(source, parser.currentTokenLocation());
        locations.putIfAbsent(pointer, location);
        if (token == JsonToken.FIELD_NAME) {
          continue;
        }
        values.putIfAbsent(pointer, location);
        if (token.isNumeric() || token.isBoolean()) {
          scalars.putIfAbsent(pointer, parser.getText());
        }
        JsonNode node =
            structStart
                ? (token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode())
                : scalar(parser, token, stepsOf(owner), location, pending);
        if (node == null) {
          leftOut.add(pointer);
        }
        ContainerNode<?> parent = open.peek();
        if (parent == null) {
          root = node == null ? MissingNode.getInstance() : node;
        } else if (parent instanceof ObjectNode object) {
          if (node != null) {
            object.set(fieldName, node);
          }
        } else {
          ((ArrayNode) parent).add(node == null ? NODES.nullNode() : node);
        }
        if (structStart) {
          open.push((ContainerNode<?>) node);
        }
      }
      List<Problem> valueProblems = new ArrayList<>();
      for (Pending p : pending) {
        valueProblems.add(
            new Problem(
                    TreePaths.pathOf(root, p.steps()), p.message(), p.hint(), Optional.of(p.at()))
                .keyed(p.key(), p.args()));
      }
      return new Parsed(
          root, new Locations(locations, values, scalars), List.copyOf(valueProblems), leftOut);
    } catch (JsonProcessingException e) {
      throw new ProblemException(parseProblem(e, parser, source, content));
    } catch (IOException e) {
      throw new ProblemException(
          new Problem(
                  ElementPath.root(),
                  "cannot read the document: " + e.getMessage(),
                  "",
                  Optional.of(new SourceLocation(source, 1, 1)))
              .keyed("read.failed", "detail", String.valueOf(e.getMessage())));
    } finally {
      closeQuietly(parser);
    }
  }

  /**
   * The node of the scalar at the parser, or {@code null} (with the problem recorded) for a value a
   * plan cannot hold.
   */
  private static JsonNode scalar(
      JsonParser parser,
      JsonToken token,
      List<Object> steps,
      SourceLocation location,
      List<Pending> problems)
      throws IOException {
    switch (token) {
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        String text = parser.getText();
        double value;
        try {
          value = parser.getDoubleValue();
        } catch (JsonProcessingException e) {
          // SnakeYAML's .nan, .inf and -.inf reach Jackson as malformed numbers.
          value = Double.NaN;
        }
        if (Double.isFinite(value)) {
          return NODES.numberNode(value);
        }
        problems.add(
            new Pending(
                steps,
                "'"
                    + text
                    + "' is not a number a plan can use: "
                    + (isNaN(text) ? "it means 'not a number'" : "it is infinite or too large"),
                "write a finite number, or leave the key out when the value is not known",
                location,
                isNaN(text) ? "number.nan" : "number.infinite",
                new Object[] {"text", text}));
        return null;
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        problems.add(
            new Pending(
                steps,
                "binary or embedded values (YAML '!!binary') are not supported",
                "write the value as plain text",
                location,
                "yaml.binary",
                new Object[0]));
        return null;
    }
  }

  private static boolean isNaN(String text) {
    return text.toLowerCase(Locale.ROOT).contains("nan");
  }

  /**
   * Refuses a document longer than the limit before parsing: the parsers would stop somewhere
   * inside it and name whichever element they were reading, which is not at fault.
   */
  private static void checkLength(String content, String source, DocumentFormat format)
      throws ProblemException {
    if (content.length() <= Mappers.MAX_DOCUMENT_CHARS) {
      return;
    }
    long length =
        format == DocumentFormat.YAML
            ? content.codePointCount(0, content.length())
            : content.length();
    if (length > Mappers.MAX_DOCUMENT_CHARS) {
      throw new ProblemException(
          new Problem(
                  ElementPath.root(),
                  "the document exceeds a safety limit: it has "
                      + length
                      + " characters, more than the "
                      + Mappers.MAX_DOCUMENT_CHARS
                      + " (5 MB) a plan document may have",
                  "split the plan or remove embedded data (long notes, pasted tables)",
                  Optional.of(new SourceLocation(source, 1, 1)))
              .keyed("limit.length", "length", length, "max", Mappers.MAX_DOCUMENT_CHARS));
    }
  }

  private static void checkLineLengths(String content, String source) throws ProblemException {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      } else if (i - lineStart >= Mappers.MAX_YAML_LINE_LENGTH) {
        throw new ProblemException(
            new Problem(
                    ElementPath.root(),
                    "the document exceeds a safety limit: line longer than "
                        + Mappers.MAX_YAML_LINE_LENGTH
                        + " characters",
                    "break the text over several lines (a YAML block scalar '|' keeps line breaks)",
                    Optional.of(new SourceLocation(source, line, Mappers.MAX_YAML_LINE_LENGTH + 1)))
                .keyed("limit.line", "max", Mappers.MAX_YAML_LINE_LENGTH));
      }
    }
  }

  private static Problem parseProblem(
      JsonProcessingException e, JsonParser parser, String source, String content) {
    ElementPath path = parser == null ? ElementPath.root() : pathOf(parser.getParsingContext());
    JsonLocation location = e.getLocation();
    if ((location == null || location.getLineNr() < 1) && parser != null) {
      location = parser.currentLocation();
    }
    String message = e.getOriginalMessage();
    String hint = "correct the document syntax at this position";
    Throwable cause = e.getCause();
    if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException yaml) {
      message = (yaml.getContext() == null ? "" : yaml.getContext() + ": ") + yaml.getProblem();
      if (yaml.getProblemMark() != null) {
        return new Problem(
                path,
                "YAML syntax error: " + message,
                hint,
                Optional.of(
                    new SourceLocation(
                        source,
                        yaml.getProblemMark().getLine() + 1,
                        yaml.getProblemMark().getColumn() + 1)))
            .keyed("syntax.yaml", "detail", message);
      }
    } else if (cause instanceof org.yaml.snakeyaml.error.YAMLException yaml) {
      message = yaml.getMessage();
    }
    if (message.startsWith("Duplicate field '") || message.startsWith("Duplicate key")) {
      String key = message.substring(message.indexOf('\'') + 1, message.lastIndexOf('\''));
      message = "duplicate key '" + key + "'";
      hint = "keep one '" + key + "' key in this mapping: later ones would silently win";
      if (location != null && location.getLineNr() >= 1) {
        return new Problem(
                path, message, hint, Optional.of(keyLocation(source, content, location, key)))
            .keyed("key.duplicate", "key", key);
      }
      return located(path, message, hint, location, source).keyed("key.duplicate", "key", key);
    } else if (e instanceof StreamConstraintsException
        || message.contains("exceeds the limit")
        || message.contains("Nesting Depth")
        || message.contains("Number of aliases")) {
      String limit = limitMessage(firstLine(message));
      message = "the document exceeds a safety limit: " + limit;
      hint =
          limit.startsWith("the document has")
              ? "split the plan or remove embedded data (long notes, pasted tables)"
              : "plan documents are at most "
                  + Mappers.MAX_DOCUMENT_CHARS
                  + " characters, "
                  + Mappers.MAX_NESTING_DEPTH
                  + " levels deep, with texts of at most "
                  + Mappers.MAX_STRING_LENGTH
                  + " characters and numbers of at most "
                  + Mappers.MAX_NUMBER_LENGTH
                  + " digits, and use no YAML aliases";
      if (limit.startsWith("the document has")) {
        // About the whole document, not the element the parser happened to be reading.
        path = ElementPath.root();
        location = null;
      }
      return located(path, message, hint, location, source)
          .keyed(
              limit.startsWith("the document has") ? "limit.document" : "limit.shape",
              "limit",
              limit,
              "chars",
              Mappers.MAX_DOCUMENT_CHARS,
              "depth",
              Mappers.MAX_NESTING_DEPTH,
              "text",
              Mappers.MAX_STRING_LENGTH,
              "digits",
              Mappers.MAX_NUMBER_LENGTH);
    }
    String detail = firstLine(withoutJacksonAdvice(message));
    return located(path, "syntax error: " + detail, hint, location, source)
        .keyed("syntax.generic", "detail", detail);
  }

  private static Problem located(
      ElementPath path, String message, String hint, JsonLocation location, String source) {
    if (location == null || location.getLineNr() < 1) {
      return new Problem(path, message, hint, Optional.of(new SourceLocation(source, 1, 1)));
    }
    return new Problem(path, message, hint, Optional.of(at(source, location)));
  }

  /**
   * A safety limit in the user's terms: Jackson's and SnakeYAML's messages name their own
   * configuration classes ({@code StreamReadConstraints.getMaxNumberLength()}).
   */
  static String limitMessage(String message) {
    Matcher m = CONSTRAINT.matcher(message);
    if (m.find()) {
      String what = m.group(1).toLowerCase(Locale.ROOT);
      String found = m.group(2);
      String max = m.group(3);
      if (what.contains("nesting depth")) {
        return "lists and mappings are nested " + found + " levels deep, more than " + max;
      }
      if (what.contains("number")) {
        return "a number is written with " + found + " characters, more than " + max;
      }
      if (what.contains("string")) {
        return "a text value has " + found + " characters, more than " + max;
      }
      if (what.contains("name")) {
        return "a key has " + found + " characters, more than " + max;
      }
      if (what.contains("document length")) {
        return "the document has more than " + max + " characters";
      }
      return what + " is " + found + ", more than " + max;
    }
    if (message.contains("Nesting Depth")) {
      return "lists and mappings are nested more than "
          + Mappers.MAX_NESTING_DEPTH
          + " levels deep";
    }
    if (message.contains("Number of aliases")) {
      return "more than " + Mappers.MAX_ALIASES + " YAML aliases";
    }
    if (message.contains("exceeds the limit")) {
      return "the document has more than " + Mappers.MAX_DOCUMENT_CHARS + " characters";
    }
    return message;
  }

  /** Jackson's parser messages end with advice on its own features; a user cannot act on them. */
  private static String withoutJacksonAdvice(String message) {
    int advice = message.indexOf(": enable `");
    if (advice < 0) {
      advice = message.indexOf("; enable `");
    }
    return advice < 0 ? message : message.substring(0, advice);
  }

  /**
   * The location of {@code key} on the line of {@code after}: parsers report a duplicate key after
   * reading it, but an editor should jump to the key itself.
   */
  private static SourceLocation keyLocation(
      String source, String content, JsonLocation after, String key) {
    String[] lines = content.split("\\R", -1);
    int line = after.getLineNr();
    if (line <= lines.length) {
      String text = lines[line - 1];
      int end = Math.min(Math.max(after.getColumnNr() - 1, 0), text.length());
      int column = text.lastIndexOf(key, end);
      if (column >= 0) {
        boolean quoted =
            column > 0 && (text.charAt(column - 1) == '"' || text.charAt(column - 1) == '\'');
        return new SourceLocation(source, line, quoted ? column : column + 1);
      }
    }
    return at(source, after);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static SourceLocation at(String source, JsonLocation location) {
    return new SourceLocation(
        source, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  /** A value problem found while the tree is still being built: located, its path pending. */
  private record Pending(
      List<Object> steps,
      String message,
      String hint,
      SourceLocation at,
      String key,
      Object[] args) {}

  /** The element path of a parsing context, list elements keyed by position (no tree yet). */
  private static ElementPath pathOf(JsonStreamContext context) {
    return TreePaths.pathOf(null, stepsOf(context));
  }

  /** The steps (field names and list positions) from the root to a parsing context. */
  private static List<Object> stepsOf(JsonStreamContext context) {
    List<Object> steps = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        steps.add(0, Math.max(c.getCurrentIndex(), 0));
      } else if (c.getCurrentName() != null) {
        steps.add(0, c.getCurrentName());
      }
    }
    return steps;
  }

  private static void closeQuietly(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException ignored) {
        // Reading from a string: nothing to release.
      }
    }
  }
}
