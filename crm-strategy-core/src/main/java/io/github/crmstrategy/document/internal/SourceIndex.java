package io.github.crmstrategy.document.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.model.ElementPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One streaming pass over a document that records where every element starts (by JSON Pointer) and
 * rejects what the binding pass must never see: syntax errors, duplicate keys, YAML aliases,
 * several documents in one stream, and input beyond the safety limits.
 */
public final class SourceIndex {
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

  /** The source locations of the elements of {@code content}; see {@link Locations}. */
  public static Locations index(String content, String source, DocumentFormat format)
      throws ProblemException {
    if (format == DocumentFormat.YAML) {
      checkLineLengths(content, source);
    }
    Map<String, SourceLocation> locations = new HashMap<>();
    Map<String, SourceLocation> values = new HashMap<>();
    Map<String, String> scalars = new HashMap<>();
    JsonParser parser = null;
    try {
      parser = Mappers.mapper(format).getFactory().createParser(content);
      int rootValues = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
          throw new ProblemException(
              new Problem(
                  pathOf(parser.getParsingContext()),
                  "YAML alias '*" + parser.getText() + "' is not supported",
                  "write the value out in full instead of referring to an anchor",
                  Optional.of(at(source, parser.currentTokenLocation()))));
        }
        JsonStreamContext context = parser.getParsingContext();
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        boolean structStart = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        JsonStreamContext owner = structStart ? context.getParent() : context;
        if (owner.inRoot() && ++rootValues > 1) {
          throw new ProblemException(
              new Problem(
                  ElementPath.root(),
                  "more than one document in the stream",
                  "keep one plan per file; remove the second document",
                  Optional.of(at(source, parser.currentTokenLocation()))));
        }
        String pointer = owner.pathAsPointer().toString();
        SourceLocation location = at(source, parser.currentTokenLocation());
        locations.putIfAbsent(pointer, location);
        if (token != JsonToken.FIELD_NAME) {
          values.putIfAbsent(pointer, location);
        }
        if (token.isNumeric() || token.isBoolean()) {
          scalars.putIfAbsent(pointer, parser.getText());
        }
      }
      return new Locations(locations, values, scalars);
    } catch (JsonProcessingException e) {
      throw new ProblemException(parseProblem(e, parser, source, content));
    } catch (IOException e) {
      throw new ProblemException(
          Problem.of(ElementPath.root(), "cannot read the document: " + e.getMessage(), ""));
    } finally {
      closeQuietly(parser);
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
                Optional.of(new SourceLocation(source, line, Mappers.MAX_YAML_LINE_LENGTH + 1))));
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
                    yaml.getProblemMark().getColumn() + 1)));
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
            path, message, hint, Optional.of(keyLocation(source, content, location, key)));
      }
    } else if (e instanceof StreamConstraintsException
        || message.contains("exceeds the limit")
        || message.contains("Nesting Depth")
        || message.contains("Number of aliases")) {
      message = "the document exceeds a safety limit: " + firstLine(message);
      hint =
          "plan documents are at most "
              + Mappers.MAX_DOCUMENT_CHARS
              + " characters, "
              + Mappers.MAX_NESTING_DEPTH
              + " levels deep, and use no YAML aliases";
    } else {
      message = "syntax error: " + firstLine(message);
    }
    return location == null || location.getLineNr() < 1
        ? Problem.of(path, message, hint)
        : new Problem(path, message, hint, Optional.of(at(source, location)));
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
    return new SourceLocation(source, location.getLineNr(), location.getColumnNr());
  }

  /** The element path of a parsing context, list elements keyed by position (no tree yet). */
  private static ElementPath pathOf(JsonStreamContext context) {
    List<Object> steps = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        steps.add(0, Math.max(c.getCurrentIndex(), 0));
      } else if (c.getCurrentName() != null) {
        steps.add(0, c.getCurrentName());
      }
    }
    return TreePaths.pathOf(null, steps);
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
