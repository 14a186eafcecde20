package io.github.crmstrategy.document;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.crmstrategy.document.internal.Mappers;
import io.github.crmstrategy.document.internal.TreePaths;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.PlanDocument;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Every element path of one plan, computed once: lists the paths, maps them to JSON Pointers and
 * resolves them to model values. Obtain one with {@link ElementPaths#index(PlanDocument)}; it is
 * immutable and thread-safe.
 */
public final class ElementIndex {
  private final PlanDocument plan;
  private final ImmutableMap<ElementPath, String> pointers;

  ElementIndex(PlanDocument plan) {
    this.plan = plan;
    JsonNode tree = Mappers.mapper(DocumentFormat.JSON).valueToTree(plan);
    Map<ElementPath, String> found = new LinkedHashMap<>();
    // With duplicate keys (a validation problem) the first element wins.
    TreePaths.walk(tree, (path, pointer, node) -> found.putIfAbsent(path, pointer));
    this.pointers = ImmutableMap.copyOf(found);
  }

  /** The plan this index describes. */
  public PlanDocument plan() {
    return plan;
  }

  /** Every element path of the plan (fields, list elements, map entries), in document order. */
  public ImmutableSet<ElementPath> paths() {
    return pointers.keySet();
  }

  /** Whether {@code path} names an element present in the plan. */
  public boolean exists(ElementPath path) {
    return pointers.containsKey(path);
  }

  /** The JSON Pointer of the element at {@code path}, if the plan has it. */
  public Optional<String> pointerOf(ElementPath path) {
    return Optional.ofNullable(pointers.get(path));
  }

  /**
   * The model value at {@code path}: a model object (such as an {@code Indicator}), a list, a map,
   * or a scalar ({@code String}, {@code Double}, {@code Integer}, {@code LocalDate}, an enum...);
   * empty when the plan has no such element.
   */
  public Optional<Object> resolve(ElementPath path) {
    return pointerOf(path).map(this::valueAt);
  }

  private Object valueAt(String pointer) {
    Object value = plan;
    for (JsonPointer p = JsonPointer.compile(pointer); !p.matches(); p = p.tail()) {
      value = unwrap(value);
      String step = p.getMatchingProperty();
      if (value instanceof List<?> list) {
        value = list.get(p.getMatchingIndex());
      } else if (value instanceof Map<?, ?> map) {
        value =
            map.entrySet().stream()
                .filter(e -> e.getKey().toString().equals(step))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
      } else {
        value = invoke(value, step);
      }
    }
    return unwrap(value);
  }

  private static Object invoke(Object target, String accessor) {
    try {
      Method method = target.getClass().getMethod(accessor);
      return method.invoke(target);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "model and document disagree on '" + accessor + "' of " + target.getClass(), e);
    }
  }

  private static Object unwrap(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.orElse(null);
    }
    if (value instanceof OptionalInt optional) {
      return optional.isPresent() ? optional.getAsInt() : null;
    }
    if (value instanceof OptionalDouble optional) {
      return optional.isPresent() ? optional.getAsDouble() : null;
    }
    return value;
  }
}
