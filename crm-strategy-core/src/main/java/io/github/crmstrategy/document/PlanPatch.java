package io.github.crmstrategy.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.crmstrategy.model.ElementPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Changes to a plan document written by element path, for tests that break one thing in a plan:
 * {@code set} a field or element (creating missing fields below an existing element), {@code
 * remove} one, {@code add} items to a list. The result is read and validated like any document.
 * Rule cases (the {@code breaks} and {@code nearMiss} of a case file, see
 * docs/rules-customisation.md) and tests that break one thing in a plan use it.
 *
 * <pre>{@code
 * LoadedPlan plan = PlanPatch.of(Samples.content("northwind-telecom"))
 *     .set("crmStrategy.tasks[CT2].due", "2027-01-31")
 *     .remove("crmStrategy.customerBase")
 *     .read();
 * }</pre>
 */
public final class PlanPatch {
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .build());

  private final ObjectNode root;

  /** The index of the document as it was when the changes started (paths resolve against it). */
  private ElementIndex index;

  private PlanPatch(ObjectNode root) {
    this.root = root;
  }

  /** A patch of the YAML or JSON document {@code text}. */
  public static PlanPatch of(String text) {
    try {
      return new PlanPatch((ObjectNode) YAML.readTree(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document as a tree, for direct changes. */
  public ObjectNode tree() {
    return root;
  }

  /** Sets the field or element at {@code path} to {@code value} (text, number, map or list). */
  public PlanPatch set(String path, Object value) {
    Location at = locate(ElementPath.parse(path), true);
    JsonNode node = YAML.valueToTree(value);
    if (at.parent() instanceof ObjectNode o) {
      o.set(at.name(), node);
    } else {
      ArrayNode array = (ArrayNode) at.parent();
      array.set(indexOf(array, at.element()), node);
    }
    return this;
  }

  /** Removes the field or element at {@code path}. */
  public PlanPatch remove(String path) {
    Location at = locate(ElementPath.parse(path), false);
    if (at.parent() instanceof ObjectNode o) {
      o.remove(at.name());
    } else {
      ArrayNode array = (ArrayNode) at.parent();
      array.remove(indexOf(array, at.element()));
    }
    return this;
  }

  private static int indexOf(ArrayNode array, JsonNode element) {
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) == element) {
        return i;
      }
    }
    throw new IllegalStateException("the element was removed by an earlier change");
  }

  /** Appends {@code item} to the list at {@code path} (created when missing). */
  public PlanPatch add(String path, Object item) {
    Location at = locate(ElementPath.parse(path), true);
    ObjectNode parent = (ObjectNode) at.parent();
    JsonNode list = parent.get(at.name());
    if (list == null || !list.isArray()) {
      list = parent.putArray(at.name());
    }
    ((ArrayNode) list).add(YAML.valueToTree(item));
    return this;
  }

  /**
   * Applies {@code changes}: a map with optional {@code remove} (a list of paths), {@code set}
   * (path: value) and {@code add} (path of a list: item or items), in that order; every path names
   * the document as it was before the changes.
   */
  @SuppressWarnings("unchecked")
  public PlanPatch apply(Map<String, Object> changes) {
    resolveAll(changes);
    Object remove = changes.get("remove");
    if (remove instanceof Iterable<?> paths) {
      for (Object p : paths) {
        remove(String.valueOf(p));
      }
    }
    Object set = changes.get("set");
    if (set instanceof Map<?, ?> m) {
      ((Map<String, Object>) m).forEach(this::set);
    }
    Object add = changes.get("add");
    if (add instanceof Map<?, ?> m) {
      ((Map<String, Object>) m)
          .forEach(
              (p, items) -> {
                if (items instanceof Iterable<?> list) {
                  list.forEach(i -> add(p, i));
                } else {
                  add(p, items);
                }
              });
    }
    return this;
  }

  /** Resolves every path of {@code changes} before any of them is applied. */
  @SuppressWarnings("unchecked")
  private void resolveAll(Map<String, Object> changes) {
    for (String op : java.util.List.of("remove", "set", "add")) {
      Object v = changes.get(op);
      Iterable<?> paths =
          v instanceof Map<?, ?> m
              ? m.keySet()
              : v instanceof Iterable<?> l ? l : java.util.List.of();
      for (Object p : paths) {
        try {
          locate(ElementPath.parse(String.valueOf(p)), false);
        } catch (IllegalArgumentException e) {
          // a field to create: resolved when it is set
        }
      }
    }
  }

  /** The document as YAML. */
  public String text() {
    try {
      return YAML.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The patched document, read and validated.
   *
   * @throws InvalidPlanException when the patch made it invalid
   */
  public LoadedPlan read() throws InvalidPlanException {
    return read("patched.yaml");
  }

  /**
   * The patched document, read and validated, with {@code source} naming it in problems.
   *
   * @throws InvalidPlanException when the patch made it invalid
   */
  public LoadedPlan read(String source) throws InvalidPlanException {
    return PlanDocuments.read(text(), source, DocumentFormat.YAML);
  }

  private record Location(JsonNode parent, String name, JsonNode element) {}

  /**
   * The parent node and the field name (or list index) of {@code path}: the longest prefix the
   * plan's index knows, then fields below it (created when {@code create}).
   */
  private Location locate(ElementPath path, boolean create) {
    if (index == null) {
      index = currentIndex();
    }
    try {
      return locate(path, create, index, resolved);
    } catch (IllegalArgumentException e) {
      // an element added by an earlier change: resolve against the document as it is now
      return locate(path, create, currentIndex(), new java.util.HashMap<>());
    }
  }

  private ElementIndex currentIndex() {
    try {
      return ElementIndex.of(read().plan());
    } catch (InvalidPlanException e) {
      throw new IllegalStateException("the document is not valid at this change", e);
    }
  }

  private Location locate(
      ElementPath path, boolean create, ElementIndex index, Map<String, JsonNode> resolved) {
    Deque<String> fields = new ArrayDeque<>();
    ElementPath p = path;
    String pointer = null;
    while (true) {
      if (index.exists(p)) {
        pointer = index.pointerOf(p).orElse(null);
        if (pointer != null) {
          break;
        }
      }
      if (p.key().isPresent() || p.parent().isEmpty()) {
        if (p.parent().isEmpty()) {
          pointer = "";
          break;
        }
        throw new IllegalArgumentException(
            "no element " + p + " in the document (of " + path + ")");
      }
      fields.push(p.name());
      p = p.parent().get();
    }
    JsonNode node = pointer.isEmpty() ? root : nodeAt(pointer, resolved);
    if (fields.isEmpty()) {
      // the element itself: its parent and its field, or (in a list) the element node
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = slash <= 0 ? root : nodeAt(pointer.substring(0, slash), resolved);
      String name = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
      return new Location(parent, name, node);
    }
    while (fields.size() > 1) {
      String f = fields.pop();
      JsonNode next = node.get(f);
      if (next == null) {
        if (!create) {
          throw new IllegalArgumentException("no field " + f + " in " + path);
        }
        next = ((ObjectNode) node).putObject(f);
      }
      node = next;
    }
    return new Location(node, fields.pop(), null);
  }

  /**
   * The node at {@code pointer} of the document as it was when the changes started: pointers are
   * resolved once, so that removing a list element does not shift the elements later changes name.
   */
  private JsonNode nodeAt(String pointer, Map<String, JsonNode> resolved) {
    return resolved.computeIfAbsent(
        pointer,
        p -> {
          JsonNode n = root.at(p);
          if (n.isMissingNode()) {
            throw new IllegalArgumentException("nothing at " + p + " any more");
          }
          return n;
        });
  }

  private final Map<String, JsonNode> resolved = new java.util.HashMap<>();
}
