package io.github.crmstrategy.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the fields of plan model values by their document names, as a written document holds them:
 * a field of a model element is its accessor of the same name ({@code target}, {@code value},
 * {@code asOf}...), optional values are unwrapped, and a value a written document leaves out (an
 * empty optional, an empty list, map or text) is absent. Used by the keying rule of {@link
 * ElementPath} and to resolve paths below the elements {@link PlanWalker} visits.
 */
public final class ModelFields {
  /** The accessor of each field name, per implementation class; empty when there is none. */
  private static final ClassValue<Map<String, Optional<Method>>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  /** The field names of each implementation class, in name order. */
  private static final ClassValue<List<String>> NAMES =
      new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
          Set<String> names = new TreeSet<>();
          for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> iface : c.getInterfaces()) {
              if (isModel(iface)) {
                for (Method m : iface.getMethods()) {
                  if (isAccessor(m)) {
                    names.add(m.getName());
                  }
                }
              }
            }
          }
          return List.copyOf(names);
        }
      };

  private ModelFields() {}

  /**
   * The names of the fields of {@code element}, in name order: the accessors of its model interface
   * ({@code id}, {@code name}, {@code target}...); empty when it is not a model object.
   */
  public static List<String> names(Object element) {
    return element == null || element instanceof Enum<?>
        ? List.of()
        : NAMES.get(element.getClass());
  }

  /**
   * The value of field {@code name} of {@code element}: a model object, a list, a map or a scalar
   * ({@code String}, {@code Double}, {@code Integer}, {@code Boolean}, {@code LocalDate}, an
   * enum...). Empty when {@code element} is not a model object, has no such field, or the value is
   * absent or empty.
   */
  public static Optional<Object> get(Object element, String name) {
    return read(element, name).filter(v -> !isEmpty(v));
  }

  /**
   * The value of field {@code name} of {@code element} unwrapped, empty only when the element has
   * no such field or the value is absent: empty texts and lists are kept (a key field that is
   * present but empty still keys its element, see {@link ElementPath#keyOf(Object, int)}).
   */
  static Optional<Object> read(Object element, String name) {
    if (element == null || element instanceof Enum<?>) {
      return Optional.empty();
    }
    Optional<Method> accessor =
        ACCESSORS.get(element.getClass()).computeIfAbsent(name, n -> find(element.getClass(), n));
    if (accessor.isEmpty()) {
      return Optional.empty();
    }
    Object value;
    try {
      value = accessor.get().invoke(element);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read '" + name + "' of " + element.getClass().getName(), e);
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(Object.class::cast);
    }
    if (value instanceof OptionalInt optional) {
      return optional.isPresent() ? Optional.of(optional.getAsInt()) : Optional.empty();
    }
    if (value instanceof OptionalDouble optional) {
      return optional.isPresent() ? Optional.of(optional.getAsDouble()) : Optional.empty();
    }
    return Optional.ofNullable(value);
  }

  /** Whether a written document leaves {@code value} out: an empty text, list or map. */
  private static boolean isEmpty(Object value) {
    return (value instanceof CharSequence text && text.length() == 0)
        || (value instanceof Collection<?> collection && collection.isEmpty())
        || (value instanceof Map<?, ?> map && map.isEmpty());
  }

  /**
   * The accessor named {@code name} that a model interface implemented by {@code type} declares:
   * public, not static, without parameters (so neither {@code builder()} nor the methods of {@code
   * Object}).
   */
  private static Optional<Method> find(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> iface : c.getInterfaces()) {
        Optional<Method> found = declared(iface, name);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Method> declared(Class<?> iface, String name) {
    if (!isModel(iface)) {
      return Optional.empty();
    }
    try {
      Method method = iface.getMethod(name);
      return isAccessor(method) ? Optional.of(method) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static boolean isModel(Class<?> iface) {
    return iface.getPackageName().equals(ModelFields.class.getPackageName())
        && iface != Vocabulary.class;
  }

  private static boolean isAccessor(Method method) {
    return !Modifier.isStatic(method.getModifiers())
        && method.getParameterCount() == 0
        && method.getReturnType() != void.class;
  }
}
