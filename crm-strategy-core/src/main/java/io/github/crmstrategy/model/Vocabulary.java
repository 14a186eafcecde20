package io.github.crmstrategy.model;

import java.util.Optional;

/**
 * A closed vocabulary of plan documents ({@link BuildingBlock}, {@link Direction}...): an enum
 * whose constants are written in documents by the name their {@code @JsonProperty} gives. That
 * annotation is the one place a document name is spelled: Jackson reads and writes it, the reader
 * lists it in its error messages, and {@link #id()} returns it.
 *
 * <pre>{@code
 * public enum Direction implements Vocabulary {
 *   @JsonProperty("increase") INCREASE, ...
 *   @Override public String toString() { return id(); }
 * }
 * }</pre>
 */
public interface Vocabulary {
  /** The constant's Java name ({@link Enum#name()}). */
  String name();

  /** The name used in plan documents (for example {@code "customerExperience"}). */
  default String id() {
    return VocabularyIds.of((Enum<?>) this);
  }

  /** The constant of {@code type} whose document name is {@code id}, if any. */
  static <E extends Enum<E> & Vocabulary> Optional<E> fromId(Class<E> type, String id) {
    for (E value : type.getEnumConstants()) {
      if (value.id().equals(id)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
