package io.github.crmstrategy.document.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.crmstrategy.model.PlanDocument;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The model type a node of a plan document binds to, found from its steps by the accessors of the
 * model interfaces (their names are the document's keys), and a placeholder value of that type:
 * what the reader puts in place of a value it has reported, so that binding can go on to report the
 * rest of the document.
 */
final class ModelTypes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final AtomicLong PLACEHOLDERS = new AtomicLong();

  private ModelTypes() {}

  /**
   * The type of the node reached by {@code steps} (field names, list positions) from the document
   * root, {@code Optional} unwrapped; {@code null} when the steps leave the model.
   */
  static Type typeAt(java.util.List<Object> steps) {
    Type type = PlanDocument.class;
    for (Object step : steps) {
      type = unwrapOptional(type);
      Class<?> raw = raw(type);
      if (raw == null) {
        return null;
      }
      if (Collection.class.isAssignableFrom(raw)) {
        type = argument(type, 0);
      } else if (Map.class.isAssignableFrom(raw)) {
        type = argument(type, 1);
      } else if (step instanceof String name && raw.isInterface()) {
        try {
          Method accessor = raw.getMethod(name);
          type = accessor.getGenericReturnType();
        } catch (NoSuchMethodException e) {
          return null;
        }
      } else {
        return null;
      }
      if (type == null) {
        return null;
      }
    }
    return unwrapOptional(type);
  }

  /** Whether {@code type} is a date. */
  static boolean isDate(Type type) {
    return raw(type) == LocalDate.class;
  }

  /**
   * A value of {@code type} that binds: a unique text (starting with {@code prefix}) for text, zero
   * for numbers, false, the first constant of an enumeration, an empty list or mapping, an empty
   * object for a model type (its own required keys get placeholders in the next round); empty for
   * an unknown type.
   */
  static Optional<JsonNode> placeholder(Type type, String prefix) {
    Class<?> raw = raw(type);
    if (raw == null) {
      return Optional.empty();
    }
    if (raw == String.class) {
      return Optional.of(NODES.textNode(prefix + PLACEHOLDERS.incrementAndGet()));
    }
    if (raw == int.class
        || raw == Integer.class
        || raw == long.class
        || raw == Long.class
        || raw == OptionalInt.class
        || raw == OptionalLong.class) {
      return Optional.of(NODES.numberNode(0));
    }
    if (raw == double.class
        || raw == Double.class
        || raw == float.class
        || raw == OptionalDouble.class) {
      return Optional.of(NODES.numberNode(0.0));
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return Optional.of(NODES.booleanNode(false));
    }
    if (raw == LocalDate.class) {
      return Optional.of(NODES.textNode("2000-01-01"));
    }
    if (raw.isEnum()) {
      java.lang.reflect.Field[] fields = raw.getFields();
      for (java.lang.reflect.Field f : fields) {
        if (f.isEnumConstant()) {
          JsonProperty name = f.getAnnotation(JsonProperty.class);
          return Optional.of(NODES.textNode(name != null ? name.value() : f.getName()));
        }
      }
      return Optional.empty();
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return Optional.of(NODES.arrayNode());
    }
    if (Map.class.isAssignableFrom(raw) || raw.isInterface()) {
      return Optional.of(NODES.objectNode());
    }
    return Optional.empty();
  }

  private static Type unwrapOptional(Type type) {
    return raw(type) == Optional.class ? argument(type, 0) : type;
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : null;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }
}
