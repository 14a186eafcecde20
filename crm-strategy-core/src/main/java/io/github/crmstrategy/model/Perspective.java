package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/** A balanced-scorecard perspective (Kaplan and Norton) of a corporate strategic goal. */
public enum Perspective {
  @JsonProperty("financial")
  FINANCIAL("financial"),
  @JsonProperty("customer")
  CUSTOMER("customer"),
  @JsonProperty("internalProcess")
  INTERNAL_PROCESS("internalProcess"),
  @JsonProperty("learningAndGrowth")
  LEARNING_AND_GROWTH("learningAndGrowth");

  private final String id;

  Perspective(String id) {
    this.id = id;
  }

  /** The name used in plan documents (for example {@code "financial"}). */
  public String id() {
    return id;
  }

  /** The constant whose document name is {@code id}, if any. */
  public static Optional<Perspective> fromId(String id) {
    for (Perspective value : values()) {
      if (value.id.equals(id)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
