package io.github.crmstrategy.model;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;

/**
 * The path of an element in a plan document, in the one syntax the whole project uses: {@code
 * crmStrategy.goals[CG1].indicators[CLV]}. Object fields and map entries (such as {@code
 * crmConcept.sections.alternatives} or {@code currentState.selfAssessment.vision}) are {@code
 * .field} steps; list elements are {@code list[key]} steps, so a path stays the same when a list is
 * reordered. The key of a list element is, in order of preference:
 *
 * <ol>
 *   <li>for an object: its {@code id}; without an id its {@code name}, else its {@code role}, else
 *       its {@code product}, else its {@code asOf} date ({@code
 *       corporatePlan.goals[G1].indicators[G1-REV].history[2024-12-31]}, {@code
 *       crmStrategy.governance.roles[Data steward]});
 *   <li>for a plain string (a reference list such as {@code supports: [G1]}): the string itself
 *       ({@code crmStrategy.goals[CG1].supports[G1]});
 *   <li>otherwise (an object with none of these keys, a number...): its 0-based position.
 * </ol>
 *
 * <p>When two elements of a list share a key, the path names the first of them.
 *
 * <p>A path built with {@link #element(String, String, int)} also remembers each element's
 * position, which gives its JSON Pointer ({@code /crmStrategy/goals/0/indicators/0}) to find it in
 * the source text. Equality, hashing and ordering use the text form only.
 */
public final class ElementPath implements Comparable<ElementPath> {
  private static final ElementPath ROOT = new ElementPath(ImmutableList.of());

  private final ImmutableList<Step> steps;
  private final String text;

  private ElementPath(ImmutableList<Step> steps) {
    this.steps = steps;
    StringBuilder sb = new StringBuilder();
    for (Step step : steps) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(step.name);
      step.key.ifPresent(k -> sb.append('[').append(k).append(']'));
    }
    this.text = sb.toString();
  }

  /** The document itself; its text form is empty. */
  public static ElementPath root() {
    return ROOT;
  }

  /** Parses the text form (positions are unknown, so {@link #jsonPointer()} is empty). */
  public static ElementPath parse(String text) {
    ElementPath path = ROOT;
    int i = 0;
    while (i < text.length()) {
      int dot = text.indexOf('.', i);
      int bracket = text.indexOf('[', i);
      if (bracket >= 0 && (dot < 0 || bracket < dot)) {
        int close = text.indexOf(']', bracket);
        if (close < 0) {
          throw new IllegalArgumentException("Unclosed '[' in element path: " + text);
        }
        path = path.element(text.substring(i, bracket), text.substring(bracket + 1, close), -1);
        i = close + 1;
        if (i < text.length() && text.charAt(i) == '.') {
          i++;
        }
      } else {
        int end = dot < 0 ? text.length() : dot;
        path = path.field(text.substring(i, end));
        i = end + 1;
      }
    }
    return path;
  }

  /** The path of a field (or map entry) of this element. */
  public ElementPath field(String name) {
    return append(new Step(name, Optional.empty(), -1));
  }

  /**
   * The path of the element of list {@code list} with key {@code key} (its id) at position {@code
   * index} ({@code -1} when unknown).
   */
  public ElementPath element(String list, String key, int index) {
    return append(new Step(list, Optional.of(key), index));
  }

  private ElementPath append(Step step) {
    return new ElementPath(ImmutableList.<Step>builder().addAll(steps).add(step).build());
  }

  /** The enclosing element's path, or empty for the root. */
  public Optional<ElementPath> parent() {
    return steps.isEmpty()
        ? Optional.empty()
        : Optional.of(new ElementPath(steps.subList(0, steps.size() - 1)));
  }

  /** Whether this is the root path. */
  public boolean isRoot() {
    return steps.isEmpty();
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
    StringBuilder sb = new StringBuilder();
    for (Step step : steps) {
      sb.append('/').append(escape(step.name));
      if (step.key.isPresent()) {
        if (step.index < 0) {
          return Optional.empty();
        }
        sb.append('/').append(step.index);
      }
    }
    return Optional.of(sb.toString());
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

  /** The text form, for example {@code crmStrategy.goals[CG1].indicators[CLV]}. */
  @Override
  public String toString() {
    return text;
  }

  private static final class Step {
    final String name;
    final Optional<String> key;
    final int index;

    Step(String name, Optional<String> key, int index) {
      this.name = Objects.requireNonNull(name);
      this.key = key;
      this.index = index;
    }
  }
}
