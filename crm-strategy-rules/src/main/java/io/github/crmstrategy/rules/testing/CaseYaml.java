package io.github.crmstrategy.rules.testing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.crmstrategy.document.SourceLocation;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML tree that remembers where each value is written, so that a case's failing expectation can
 * name its line. Jackson's tree model drops locations; this walks the token stream instead.
 */
final class CaseYaml {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  /**
   * A value and where it starts.
   *
   * @param value a text, number, boolean or null, a {@code Map<String, Node>} or a {@code
   *     List<Node>}
   * @param at where it is written
   * @param keys for a map, where each of its keys is written
   */
  record Node(Object value, SourceLocation at, Map<String, SourceLocation> keys) {
    Node(Object value, SourceLocation at) {
      this(value, at, Map.of());
    }

    /** The value with every node unwrapped: maps, lists and scalars. */
    Object plain() {
      if (value instanceof Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put((String) k, ((Node) v).plain()));
        return out;
      }
      if (value instanceof List<?> l) {
        List<Object> out = new ArrayList<>();
        l.forEach(v -> out.add(((Node) v).plain()));
        return out;
      }
      return value;
    }
  }

  /** A problem of the YAML syntax, at its place. */
  static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Where it is. */
    final transient SourceLocation at;

    SyntaxException(SourceLocation at, String message) {
      super(message);
      this.at = at;
    }
  }

  private CaseYaml() {}

  /** The document of {@code reader}, {@code source} naming it in locations. */
  static Node read(Reader reader, String source) throws IOException, SyntaxException {
    try (JsonParser p = FACTORY.createParser(reader)) {
      if (p.nextToken() == null) {
        return new Node(null, new SourceLocation(source, 1, 1));
      }
      return value(p, source);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      throw new SyntaxException(
          new SourceLocation(
              source, l == null ? 1 : Math.max(1, l.getLineNr()), l == null ? 1 : l.getColumnNr()),
          e.getOriginalMessage());
    }
  }

  private static Node value(JsonParser p, String source) throws IOException {
    JsonLocation l = p.currentTokenLocation();
    SourceLocation at = new SourceLocation(source, l.getLineNr(), l.getColumnNr());
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Node> map = new LinkedHashMap<>();
        Map<String, SourceLocation> keys = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          JsonLocation k = p.currentTokenLocation();
          keys.put(key, new SourceLocation(source, k.getLineNr(), k.getColumnNr()));
          p.nextToken();
          map.put(key, value(p, source));
        }
        return new Node(map, at, keys);
      }
      case START_ARRAY -> {
        List<Node> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p, source));
        }
        return new Node(list, at);
      }
      case VALUE_STRING -> {
        return new Node(p.getText(), at);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Node(p.getNumberValue(), at);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Node(p.getBooleanValue(), at);
      }
      case VALUE_NULL -> {
        return new Node(null, at);
      }
      default -> {
        return new Node(p.getText(), at);
      }
    }
  }
}
