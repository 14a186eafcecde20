package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which way an indicator should move: higher is better, lower is better, or hold steady. */
public enum Direction implements Vocabulary {
  @JsonProperty("increase")
  INCREASE,
  @JsonProperty("decrease")
  DECREASE,
  @JsonProperty("maintain")
  MAINTAIN;

  /** The document name, {@link #id()}. */
  @Override
  public String toString() {
    return id();
  }
}
