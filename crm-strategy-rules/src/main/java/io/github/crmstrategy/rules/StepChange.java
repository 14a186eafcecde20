package io.github.crmstrategy.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.text.Wording;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One change of a {@link LevelStep}: a criterion to meet, a cap to end or a foundation to raise.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStepChange.class)
@JsonDeserialize(as = ImmutableStepChange.class)
public interface StepChange {
  /** What kind of change it is. */
  enum Kind {
    /** Meet a criterion of the maturity model that is unmet or partly met. */
    @JsonProperty("criterion")
    CRITERION,
    /** End negative present-day evidence (a cap of the model) that holds the block. */
    @JsonProperty("cap")
    CAP,
    /** Raise the block this one rests on (a prerequisite of the model) first. */
    @JsonProperty("prerequisite")
    PREREQUISITE
  }

  /** What kind of change it is. */
  Kind kind();

  /** The criterion id, the cap id, or the block to raise first. */
  String id();

  /** The change in words, naming what is measured today. */
  String text();

  /**
   * {@link #text()} in words any language can say; empty when there is none. Not written to JSON.
   */
  @JsonIgnore
  Optional<Wording> wording();

  /** The evidence measure the change moves ({@code ""} for a prerequisite). */
  String measure();

  /** The tier the criterion evidences (0 for caps and prerequisites). */
  int tier();

  /** Whether the tier cannot be reached without it. */
  boolean required();

  /**
   * The criterion points still missing, from the model's weights (0 for caps and prerequisites).
   */
  double worth();

  /** Block score points (0..100) it adds: {@code 100 × worth / the block's possible points}. */
  double scoreGain();

  /** The elements of the plan to change (where the evidence is, or where it belongs). */
  List<ElementPath> elements();

  /** A builder for {@link StepChange}. */
  static ImmutableStepChange.Builder builder() {
    return ImmutableStepChange.builder();
  }
}
