package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/** Gartner's eight building blocks of CRM, the axes of the maturity model. */
public enum BuildingBlock {
  @JsonProperty("vision")
  VISION("vision"),
  @JsonProperty("strategy")
  STRATEGY("strategy"),
  @JsonProperty("customerExperience")
  CUSTOMER_EXPERIENCE("customerExperience"),
  @JsonProperty("collaboration")
  COLLABORATION("collaboration"),
  @JsonProperty("processes")
  PROCESSES("processes"),
  @JsonProperty("information")
  INFORMATION("information"),
  @JsonProperty("technology")
  TECHNOLOGY("technology"),
  @JsonProperty("metrics")
  METRICS("metrics");

  private final String id;

  BuildingBlock(String id) {
    this.id = id;
  }

  /** The name used in plan documents (for example {@code "vision"}). */
  public String id() {
    return id;
  }

  /** The constant whose document name is {@code id}, if any. */
  public static Optional<BuildingBlock> fromId(String id) {
    for (BuildingBlock value : values()) {
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
