package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a system or data store of today is connected to the others. */
public enum Integration implements Vocabulary {
  /** Shares its data with the others (one customer record across them). */
  @JsonProperty("integrated")
  INTEGRATED,
  /** Connected for part of its data or by periodic transfers. */
  @JsonProperty("partial")
  PARTIAL,
  /** Stands alone: its data is copied by hand or not at all. */
  @JsonProperty("siloed")
  SILOED;

  /** The document name, {@link #id()}. */
  @Override
  public String toString() {
    return id();
  }
}
