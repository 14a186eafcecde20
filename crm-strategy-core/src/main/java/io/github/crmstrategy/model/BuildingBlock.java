package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Gartner's eight building blocks of CRM, the axes of the maturity model. */
public enum BuildingBlock implements Vocabulary {
  @JsonProperty("vision")
  VISION,
  @JsonProperty("strategy")
  STRATEGY,
  @JsonProperty("customerExperience")
  CUSTOMER_EXPERIENCE,
  @JsonProperty("collaboration")
  COLLABORATION,
  @JsonProperty("processes")
  PROCESSES,
  @JsonProperty("information")
  INFORMATION,
  @JsonProperty("technology")
  TECHNOLOGY,
  @JsonProperty("metrics")
  METRICS;

  /** The document name, {@link #id()}. */
  @Override
  public String toString() {
    return id();
  }
}
