package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a competitor stands against the company in CRM: ahead, level or behind. */
public enum CompetitivePosition implements Vocabulary {
  @JsonProperty("ahead")
  AHEAD,
  @JsonProperty("level")
  LEVEL,
  @JsonProperty("behind")
  BEHIND;

  /** The document name, {@link #id()}. */
  @Override
  public String toString() {
    return id();
  }
}
