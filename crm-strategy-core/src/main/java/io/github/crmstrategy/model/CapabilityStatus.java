package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a capability of the CRM concept stands today: only {@code live} is evidence of current
 * maturity.
 */
public enum CapabilityStatus implements Vocabulary {
  /** Planned, not started (the default). */
  @JsonProperty("planned")
  PLANNED,
  /** Being built or piloted, not yet in use. */
  @JsonProperty("building")
  BUILDING,
  /** In use today. */
  @JsonProperty("live")
  LIVE;

  /** The document name, {@link #id()}. */
  @Override
  public String toString() {
    return id();
  }
}
