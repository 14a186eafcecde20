package io.github.crmstrategy.rules.internal.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML document read into nodes that remember their line and column, for located errors. */
final class LocatedYaml {
  private static final YAMLFactory YAML = new YAMLFactory();

  private LocatedYaml() {}

  /** Line and column (1-based) in {@code source}. */
  record Loc(String source, int line, int column) {
    @Override
    public String toString() {
      return line < 1 ? source : source + ":" + line + ":" + column;
    }

    static Loc of(String source, JsonLocation l) {
      return l == null ? new Loc(source, 0, 0) : new Loc(source, l.getLineNr(), l.getColumnNr());
    }
  }

  /** A node of the document. */
  sealed interface Node permits Scalar, MapNode, ListNode {
    Loc loc();

    default String kind() {
      return this instanceof Scalar ? "a value" : this instanceof MapNode ? "a map" : "a list";
    }
  }

  /** A scalar: its text and whether YAML read it as a number, boolean, null or string. */
  record Scalar(String text, JsonToken token, Loc loc) implements Node {
    boolean isNumber() {
      return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
    }
  }

  /** A map, with the location of each key. */
  record MapNode(Map<String, Node> values, Map<String, Loc> keys, Loc loc) implements Node {}

  /** A list. */
  record ListNode(List<Node> items, Loc loc) implements Node {}

  /** A syntax error, located. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Loc loc;

    SyntaxError(Loc loc, String message) {
      super(message);
      this.loc = loc;
    }
  }

  /** Reads {@code content}; duplicate keys are syntax errors. Empty documents give an empty map. */
  static Node read(String source, byte[] content) throws SyntaxError {
    try (JsonParser p = YAML.createParser(content)) {
      if (p.nextToken() == null) {
        return new MapNode(Map.of(), Map.of(), new Loc(source, 1, 1));
      }
      return node(source, p);
    } catch (JsonProcessingException e) {
      throw new SyntaxError(Loc.of(source, e.getLocation()), e.getOriginalMessage());
    } catch (IOException e) {
      throw new SyntaxError(new Loc(source, 0, 0), e.getMessage());
    }
  }

  private static Node node(String source, JsonParser p) throws IOException, SyntaxError {
    Loc loc = Loc.of(source, p.currentTokenLocation());
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Node> values = new LinkedHashMap<>();
      Map<String, Loc> keys = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        Loc keyLoc = Loc.of(source, p.currentTokenLocation());
        if (keys.containsKey(key)) {
          throw new SyntaxError(keyLoc, "duplicate key '" + key + "'");
        }
        p.nextToken();
        keys.put(key, keyLoc);
        values.put(key, node(source, p));
      }
      return new MapNode(values, keys, loc);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(source, p));
      }
      return new ListNode(items, loc);
    }
    return new Scalar(t == JsonToken.VALUE_NULL ? "" : p.getText(), t, loc);
  }
}
