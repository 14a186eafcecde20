package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/** Where a competitor stands against the company in CRM: ahead, level or behind. */
public enum CompetitivePosition {
  @JsonProperty("ahead")
  AHEAD("ahead"),
  @JsonProperty("level")
  LEVEL("level"),
  @JsonProperty("behind")
  BEHIND("behind");

  private final String id;

  CompetitivePosition(String id) {
    this.id = id;
  }

  /** The name used in plan documents (for example {@code "ahead"}). */
  public String id() {
    return id;
  }

  /** The constant whose document name is {@code id}, if any. */
  public static Optional<CompetitivePosition> fromId(String id) {
    for (CompetitivePosition value : values()) {
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
