package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/** Which way an indicator should move: higher is better, lower is better, or hold steady. */
public enum Direction {
  @JsonProperty("increase")
  INCREASE("increase"),
  @JsonProperty("decrease")
  DECREASE("decrease"),
  @JsonProperty("maintain")
  MAINTAIN("maintain");

  private final String id;

  Direction(String id) {
    this.id = id;
  }

  /** The name used in plan documents (for example {@code "increase"}). */
  public String id() {
    return id;
  }

  /** The constant whose document name is {@code id}, if any. */
  public static Optional<Direction> fromId(String id) {
    for (Direction value : values()) {
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
