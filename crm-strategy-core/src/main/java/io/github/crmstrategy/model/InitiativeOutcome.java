package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/** How a prior CRM initiative ended. */
public enum InitiativeOutcome {
  @JsonProperty("failed")
  FAILED("failed"),
  @JsonProperty("partial")
  PARTIAL("partial"),
  @JsonProperty("succeeded")
  SUCCEEDED("succeeded");

  private final String id;

  InitiativeOutcome(String id) {
    this.id = id;
  }

  /** The name used in plan documents (for example {@code "failed"}). */
  public String id() {
    return id;
  }

  /** The constant whose document name is {@code id}, if any. */
  public static Optional<InitiativeOutcome> fromId(String id) {
    for (InitiativeOutcome value : values()) {
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
