package io.github.crmstrategy.document.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crmstrategy.model.ElementPath;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The element paths of a Jackson tree of a plan document, for problems found before the plan is
 * bound (binding errors, the reader's location index). List elements are keyed by the keying rule
 * of {@link ElementPath}, its key fields read from the tree: an object by the first of {@link
 * ElementPath#KEY_FIELDS} it has (a value that is not null), a plain string by its value, anything
 * else by its position. Object fields and map entries are {@code .field} steps.
 */
public final class TreePaths {
  private TreePaths() {}

  /** The key of list element {@code element} at position {@code index}. */
  public static String keyOf(JsonNode element, int index) {
    if (element != null && element.isTextual()) {
      return element.textValue();
    }
    if (element != null && element.isObject()) {
      return ElementPath.keyOfFields(field -> text(element.get(field)), index);
    }
    return Integer.toString(index);
  }

  private static Optional<String> text(JsonNode value) {
    return value != null && value.isValueNode() && !value.isNull()
        ? Optional.of(value.asText())
        : Optional.empty();
  }

  /**
   * The element path of the node reached from {@code root} by {@code steps}, each a field name
   * ({@link String}) or a list position ({@link Integer}). Steps beyond the tree still give a path;
   * their list elements are keyed by position.
   */
  public static ElementPath pathOf(JsonNode root, List<Object> steps) {
    ElementPath path = ElementPath.root();
    JsonNode node = root;
    String pendingField = null;
    for (Object step : steps) {
      if (step instanceof Integer i && node != null && node.isObject()) {
        step = i.toString(); // a key that looks like a number
      }
      if (step instanceof Integer index) {
        JsonNode element = node != null && node.isArray() ? node.get(index) : null;
        path =
            pendingField == null
                ? path.field(index.toString())
                : path.element(pendingField, keyOf(element, index), index);
        pendingField = null;
        node = element;
      } else {
        if (pendingField != null) {
          path = path.field(pendingField);
        }
        String field = (String) step;
        pendingField = field;
        node = node != null && node.isObject() ? node.get(field) : null;
      }
    }
    return pendingField == null ? path : path.field(pendingField);
  }

  /** The node reached from {@code root} by {@code steps}, or {@code null}. */
  public static JsonNode nodeAt(JsonNode root, List<Object> steps) {
    JsonNode node = root;
    for (Object step : steps) {
      if (node == null) {
        return null;
      }
      node =
          step instanceof Integer index && node.isArray()
              ? node.get(index)
              : node.get(step.toString());
    }
    return node;
  }

  /**
   * The steps of a JSON Pointer (RFC 6901): each segment a field name, a segment of digits a list
   * position ({@link #nodeAt} and {@link #pathOf} read it as a key where the node is a mapping).
   */
  public static List<Object> steps(String pointer) {
    List<Object> steps = new java.util.ArrayList<>();
    if (pointer.isEmpty()) {
      return steps;
    }
    for (String segment : pointer.substring(1).split("/", -1)) {
      String name = segment.replace("~1", "/").replace("~0", "~");
      boolean digits =
          !name.isEmpty() && name.length() < 10 && name.chars().allMatch(Character::isDigit);
      steps.add(digits ? (Object) Integer.valueOf(name) : name);
    }
    return steps;
  }

  /** The JSON Pointer (RFC 6901) of {@code steps}. */
  public static String pointerOf(List<Object> steps) {
    StringBuilder sb = new StringBuilder();
    for (Object step : steps) {
      sb.append('/').append(step.toString().replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  /** Visits every element below {@code root} with its element path and JSON Pointer. */
  public static void walk(JsonNode root, Visitor visitor) {
    visitor.visit(ElementPath.root(), "", root);
    walk(root, ElementPath.root(), "", visitor);
  }

  private static void walk(JsonNode node, ElementPath path, String pointer, Visitor visitor) {
    if (!node.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      String fieldPointer = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
      if (value.isArray()) {
        visitor.visit(path.field(name), fieldPointer, value);
        for (int i = 0; i < value.size(); i++) {
          JsonNode element = value.get(i);
          ElementPath elementPath = path.element(name, keyOf(element, i), i);
          String elementPointer = fieldPointer + "/" + i;
          visitor.visit(elementPath, elementPointer, element);
          walk(element, elementPath, elementPointer, visitor);
        }
      } else {
        ElementPath fieldPath = path.field(name);
        visitor.visit(fieldPath, fieldPointer, value);
        walk(value, fieldPath, fieldPointer, visitor);
      }
    }
  }

  /** Receives each element of a walk. */
  @FunctionalInterface
  public interface Visitor {
    /** Called for the element at {@code path} and {@code pointer} whose value is {@code node}. */
    void visit(ElementPath path, String pointer, JsonNode node);
  }
}
