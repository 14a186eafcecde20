package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The functional area of a corporate strategy; {@code crm} marks the CRM strategy's anchor. */
public enum StrategyArea implements Vocabulary {
  @JsonProperty("crm")
  CRM,
  @JsonProperty("marketing")
  MARKETING,
  @JsonProperty("sales")
  SALES,
  @JsonProperty("operations")
  OPERATIONS,
  @JsonProperty("finance")
  FINANCE,
  @JsonProperty("product")
  PRODUCT,
  @JsonProperty("people")
  PEOPLE,
  @JsonProperty("technology")
  TECHNOLOGY,
  @JsonProperty("other")
  OTHER;

  /** The document name, {@link #id()}. */
  @Override
  public String toString() {
    return id();
  }
}
