package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The path of an element in a plan document, in the one syntax the whole project uses: {@code
 * crmStrategy.goals[CG1].indicators[CLV]}. Object fields and map entries (such as {@code
 * crmConcept.sections.alternatives} or {@code currentState.selfAssessment.vision}) are {@code
 * .field} steps; list elements are {@code list[key]} steps, so a path stays the same when a list is
 * reordered.
 *
 * <p><b>The keying rule.</b> The key of a list element is, in order of preference:
 *
 * <ol>
 *   <li>for an object: the first of its fields {@link #KEY_FIELDS} that is present, {@code id},
 *       else {@code name}, else {@code role}, else {@code product}, else {@code asOf} ({@code
 *       corporatePlan.goals[G1].indicators[G1-REV].history[2024-12-31]}, {@code
 *       crmStrategy.governance.roles[Data steward]}); a present but empty id keys the element too
 *       ({@code corporatePlan.tasks[]});
 *   <li>for a plain string (a reference list such as {@code supports: [G1]}): the string itself
 *       ({@code crmStrategy.goals[CG1].supports[G1]});
 *   <li>otherwise (an object with none of these keys, a number...): its 0-based position.
 * </ol>
 *
 * <p>This class is the one definition of the rule: {@link #keyOf(Object, int)} applies it to model
 * values (for {@link PlanWalker}), {@link #keyOfFields(Function, int)} to any other form of an
 * object (the reader applies it to the parsed document tree). When two elements of a list share a
 * key, the path names the first of them.
 *
 * <p>A path built with {@link #element(String, String, int)} or {@link #listElement(String, Object,
 * int)} also remembers each element's position, which gives its JSON Pointer ({@code
 * /crmStrategy/goals/0/indicators/0}) to find it in the source text; {@link PlanWalker} builds
 * paths that way. Equality, hashing and ordering use the text form only. In JSON (reports,
 * baselines) a path is its text form.
 */
public final class ElementPath implements Comparable<ElementPath> {
  /** The fields that key an object in a list, in order of preference. */
  public static final List<String> KEY_FIELDS = List.of("id", "name", "role", "product", "asOf");

  private static final ElementPath ROOT = new ElementPath(null, null, null, -1, "");

  /** The enclosing path; {@code null} for the root. */
  private final ElementPath parent;

  /** The field, map entry or list name of the last step; {@code null} for the root. */
  private final String name;

  /** The key of the list element the last step names; {@code null} for a field. */
  private final String key;

  /** The position of that list element; -1 when unknown. */
  private final int index;

  private final String text;

  private ElementPath(ElementPath parent, String name, String key, int index, String text) {
    this.parent = parent;
    this.name = name;
    this.key = key;
    this.index = index;
    this.text = text;
  }

  /** The step {@code name[key]} below {@code parent}. */
  private static ElementPath step(ElementPath parent, String name, String key, int index) {
    Objects.requireNonNull(name);
    String step = key == null ? name : name + "[" + key + "]";
    String text = parent.text.isEmpty() ? step : parent.text + "." + step;
    return new ElementPath(parent, name, key, index, text);
  }

  /** The document itself; its text form is empty. */
  public static ElementPath root() {
    return ROOT;
  }

  /**
   * Parses the text form (positions are unknown, so {@link #jsonPointer()} is empty). Never fails:
   * the path keeps {@code text} as its text form, so {@code parse(t).toString().equals(t)} for
   * every {@code t}. A key ends at the {@code ]} that is followed by {@code .}, {@code [} or the
   * end, so keys may contain brackets; text that does not follow the syntax (an unclosed {@code [})
   * is read as a field name.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ElementPath parse(String text) {
    if (text.isEmpty()) {
      return ROOT;
    }
    ElementPath path = ROOT;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int dot = text.indexOf('.', i);
      int bracket = text.indexOf('[', i);
      int close = bracket >= 0 && (dot < 0 || bracket < dot) ? closing(text, bracket) : -1;
      if (close >= 0) {
        path = step(path, text.substring(i, bracket), text.substring(bracket + 1, close), -1);
        i = close + 1;
        if (i < n && text.charAt(i) == '.') {
          i++;
        }
      } else if (bracket >= 0 && (dot < 0 || bracket < dot)) {
        path = step(path, text.substring(i), null, -1);
        i = n;
      } else {
        int end = dot < 0 ? n : dot;
        path = step(path, text.substring(i, end), null, -1);
        i = end + 1;
      }
    }
    return path.text.equals(text)
        ? path
        : new ElementPath(path.parent, path.name, path.key, path.index, text);
  }

  /** The {@code ]} closing the key opened at {@code open}: the first followed by end, . or [. */
  private static int closing(String text, int open) {
    for (int k = text.indexOf(']', open); k >= 0; k = text.indexOf(']', k + 1)) {
      if (k + 1 == text.length() || text.charAt(k + 1) == '.' || text.charAt(k + 1) == '[') {
        return k;
      }
    }
    return -1;
  }

  /**
   * The key of list element {@code element} at position {@code index}, by the keying rule: a {@code
   * String} is its own key, a model object (such as an {@link Indicator} or a {@link Role}) is
   * keyed by its first present {@link #KEY_FIELDS key field}, anything else by its position.
   */
  public static String keyOf(Object element, int index) {
    if (element instanceof String text) {
      return text;
    }
    if (element instanceof Identified identified) {
      // The first key field, always present: no need to look the others up.
      return identified.id();
    }
    return keyOfFields(field -> ModelFields.read(element, field).map(Object::toString), index);
  }

  /**
   * The key of an object at position {@code index} of a list, by the keying rule, reading its key
   * fields through {@code field} (the text of the field, empty when the object has no such field or
   * it is null): the first present of {@link #KEY_FIELDS}, else the position.
   */
  public static String keyOfFields(Function<String, Optional<String>> field, int index) {
    for (String name : KEY_FIELDS) {
      Optional<String> key = field.apply(name);
      if (key.isPresent()) {
        return key.get();
      }
    }
    return Integer.toString(index);
  }

  /** The path of a field (or map entry) of this element. */
  public ElementPath field(String name) {
    return step(this, name, null, -1);
  }

  /**
   * The path of the element of list {@code list} with key {@code key} at position {@code index}
   * ({@code -1} when unknown). The caller chooses the key; {@link #listElement} applies the keying
   * rule.
   */
  public ElementPath element(String list, String key, int index) {
    return step(this, list, Objects.requireNonNull(key), index);
  }

  /**
   * The path of {@code element}, the element at position {@code index} of list {@code list} of this
   * element, keyed by the keying rule ({@link #keyOf(Object, int)}).
   */
  public ElementPath listElement(String list, Object element, int index) {
    return element(list, keyOf(element, index), index);
  }

  /** The enclosing element's path, or empty for the root. */
  public Optional<ElementPath> parent() {
    return Optional.ofNullable(parent);
  }

  /** Whether this is the root path. */
  public boolean isRoot() {
    return parent == null;
  }

  /**
   * The name of the last step: the field, map entry or list name ({@code indicators} for {@code
   * crmStrategy.goals[CG1].indicators[CLV]}); empty for the root.
   */
  public String name() {
    return parent == null ? "" : name;
  }

  /** The key of the last step when it names a list element ({@code CLV} above), else empty. */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /**
   * The position of the list element the last step names, when known (paths built by {@link
   * PlanWalker} know it, parsed ones do not); empty for fields and map entries.
   */
  public OptionalInt index() {
    return key != null && index >= 0 ? OptionalInt.of(index) : OptionalInt.empty();
  }

  /**
   * This path without list positions, as {@code parse(toString())} would give it: equal to this
   * one, but located by its text form alone. Paths that outlive the walk of one plan (findings,
   * changes between revisions) drop their positions, so that they name the same element in every
   * revision, as their text does.
   */
  public ElementPath withoutPositions() {
    if (parent == null) {
      return this;
    }
    ElementPath up = parent.withoutPositions();
    return index < 0 && up == parent ? this : new ElementPath(up, name, key, -1, text);
  }

  /** Whether {@code other} is this path or lies below it. */
  public boolean contains(ElementPath other) {
    return other.text.equals(text)
        || text.isEmpty()
        || other.text.startsWith(text + ".")
        || other.text.startsWith(text + "[");
  }

  /**
   * The JSON Pointer (RFC 6901) of the element in the document, when every list position is known.
   */
  public Optional<String> jsonPointer() {
    if (parent == null) {
      return Optional.of("");
    }
    if (key != null && index < 0) {
      return Optional.empty();
    }
    return parent.jsonPointer().map(p -> p + "/" + escape(name) + (key == null ? "" : "/" + index));
  }

  private static String escape(String s) {
    return s.replace("~", "~0").replace("/", "~1");
  }

  @Override
  public int compareTo(ElementPath o) {
    return text.compareTo(o.text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ElementPath && ((ElementPath) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * The text form, for example {@code crmStrategy.goals[CG1].indicators[CLV]}; also the JSON form.
   */
  @JsonValue
  @Override
  public String toString() {
    return text;
  }
}
