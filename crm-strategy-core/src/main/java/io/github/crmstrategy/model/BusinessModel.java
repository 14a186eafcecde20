package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whom the company sells to: businesses, consumers or both; picks the benchmark ranges of a
 * business model.
 */
public enum BusinessModel implements Vocabulary {
  /** Businesses (B2B). */
  @JsonProperty("b2b")
  B2B,
  /** Consumers (B2C). */
  @JsonProperty("b2c")
  B2C,
  /** Both businesses and consumers. */
  @JsonProperty("mixed")
  MIXED;

  /** The document name, {@link #id()}. */
  @Override
  public String toString() {
    return id();
  }
}
