package io.github.crmstrategy.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether the plan meets a criterion. */
public enum CriterionStatus {
  /** The measure reaches the criterion's {@code fullAt}: full points. */
  @JsonProperty("met")
  MET,
  /** The measure reaches {@code partialFrom} only: {@code maturity.criterion.partialCredit}. */
  @JsonProperty("partlyMet")
  PARTLY_MET,
  /** The measure is below {@code partialFrom}: no points. */
  @JsonProperty("unmet")
  UNMET,
  /** No evidence of the criterion's measure was found (a measure no rule inserts): no points. */
  @JsonProperty("noEvidence")
  NO_EVIDENCE;

  /**
   * The status of a criterion that earned {@code ratio} of its points, with or without evidence.
   */
  public static CriterionStatus of(boolean evidenced, double ratio) {
    if (!evidenced) {
      return NO_EVIDENCE;
    }
    return ratio >= 1 - 1e-9 ? MET : ratio > 0 ? PARTLY_MET : UNMET;
  }

  /** The words reports use: {@code met}, {@code partly met}, {@code unmet}, {@code no evidence}. */
  public String words() {
    return switch (this) {
      case MET -> "met";
      case PARTLY_MET -> "partly met";
      case UNMET -> "unmet";
      case NO_EVIDENCE -> "no evidence";
    };
  }
}
