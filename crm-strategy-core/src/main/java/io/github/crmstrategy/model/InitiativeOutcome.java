package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a prior CRM initiative ended. */
public enum InitiativeOutcome implements Vocabulary {
  @JsonProperty("failed")
  FAILED,
  @JsonProperty("partial")
  PARTIAL,
  @JsonProperty("succeeded")
  SUCCEEDED;

  /** The document name, {@link #id()}. */
  @Override
  public String toString() {
    return id();
  }
}
