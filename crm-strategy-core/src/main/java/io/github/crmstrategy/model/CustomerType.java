package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a segment's customers are businesses or consumers. */
public enum CustomerType implements Vocabulary {
  /** Companies and other organisations. */
  @JsonProperty("business")
  BUSINESS,
  /** Private persons. */
  @JsonProperty("consumer")
  CONSUMER;

  /** The document name, {@link #id()}. */
  @Override
  public String toString() {
    return id();
  }
}
