package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.crmstrategy.model.ElementPath;
import org.immutables.value.Value;

/**
 * One maturity criterion as evaluated on the plan: what it checks, its weight and the points
 * earned.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMaturityEvidence.class)
@JsonDeserialize(as = ImmutableMaturityEvidence.class)
public interface MaturityEvidence {
  /** Criterion id, for example {@code MAT-VIS-1}. */
  String criterion();

  /** What the criterion checks. */
  String description();

  /** The level (2..5) the criterion evidences in the staged model. */
  int tier();

  /** Points the criterion is worth. */
  double weight();

  /** Points earned (weight times the share met). */
  double points();

  /** What the rule saw. */
  String detail();

  /** Element path of the plan element the evidence is about. */
  ElementPath path();

  /** A builder for {@link MaturityEvidence}. */
  static ImmutableMaturityEvidence.Builder builder() {
    return ImmutableMaturityEvidence.builder();
  }
}
