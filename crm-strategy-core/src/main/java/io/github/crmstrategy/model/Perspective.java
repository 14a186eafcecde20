package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A balanced-scorecard perspective (Kaplan and Norton) of a corporate strategic goal. */
public enum Perspective implements Vocabulary {
  @JsonProperty("financial")
  FINANCIAL,
  @JsonProperty("customer")
  CUSTOMER,
  @JsonProperty("internalProcess")
  INTERNAL_PROCESS,
  @JsonProperty("learningAndGrowth")
  LEARNING_AND_GROWTH;

  /** The document name, {@link #id()}. */
  @Override
  public String toString() {
    return id();
  }
}
