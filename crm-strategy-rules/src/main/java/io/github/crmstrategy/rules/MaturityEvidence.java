package io.github.crmstrategy.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.text.Wording;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One criterion as evaluated on the plan: what it checks, the measure it reads and the value
 * measured, whether it is met, and the points earned.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMaturityEvidence.class)
@JsonDeserialize(as = ImmutableMaturityEvidence.class)
public interface MaturityEvidence {
  /** Criterion id, for example {@code INF-INTEGRATED}. */
  String criterion();

  /** What the criterion checks. */
  String description();

  /** The level (2..5) the criterion evidences in the staged model; 0 for document quality. */
  int tier();

  /** Whether the block cannot reach the tier without meeting it in full. */
  boolean required();

  /** The evidence measure it reads, for example {@code systems.integrated}. */
  String measure();

  /** The value measured (0 without evidence). */
  double value();

  /** The value from which it is met. */
  double fullAt();

  /** The value from which it is partly met (equal to {@link #fullAt()} without partial credit). */
  double partialFrom();

  /** Met, partly met, unmet, or without evidence. */
  CriterionStatus status();

  /** Points the criterion is worth. */
  double weight();

  /** Points earned (weight times the share met). */
  double points();

  /** What was measured, in words, naming the plan's elements. */
  String detail();

  /**
   * {@link #detail()} in words any language can say: the key of its pattern and its values. Empty
   * for evidence without one (an analyst's measure); not written to JSON.
   */
  @JsonIgnore
  Optional<Wording> detailWording();

  /** Element path of the plan element the evidence rests on. */
  ElementPath path();

  /** A builder for {@link MaturityEvidence}. */
  static ImmutableMaturityEvidence.Builder builder() {
    return ImmutableMaturityEvidence.builder();
  }
}
