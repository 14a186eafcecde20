package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/** The functional area of a corporate strategy; {@code crm} marks the CRM strategy's anchor. */
public enum StrategyArea {
  @JsonProperty("crm")
  CRM("crm"),
  @JsonProperty("marketing")
  MARKETING("marketing"),
  @JsonProperty("sales")
  SALES("sales"),
  @JsonProperty("operations")
  OPERATIONS("operations"),
  @JsonProperty("finance")
  FINANCE("finance"),
  @JsonProperty("product")
  PRODUCT("product"),
  @JsonProperty("people")
  PEOPLE("people"),
  @JsonProperty("technology")
  TECHNOLOGY("technology"),
  @JsonProperty("other")
  OTHER("other");

  private final String id;

  StrategyArea(String id) {
    this.id = id;
  }

  /** The name used in plan documents (for example {@code "crm"}). */
  public String id() {
    return id;
  }

  /** The constant whose document name is {@code id}, if any. */
  public static Optional<StrategyArea> fromId(String id) {
    for (StrategyArea value : values()) {
      if (value.id.equals(id)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
