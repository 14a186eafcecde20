package io.github.crmstrategy.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.text.Wording;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The maturity of the eight building blocks at one date, and overall. */
@Value.Immutable
@JsonSerialize(as = ImmutableMaturityProfile.class)
@JsonDeserialize(as = ImmutableMaturityProfile.class)
public interface MaturityProfile {
  /**
   * The date the profile describes: the plan's date (revision date, else horizon start) for today,
   * the end of the horizon for the target; empty when the plan gives neither.
   */
  Optional<LocalDate> asOf();

  /** Overall score 0..100: the weighted mean of the block scores. */
  double score();

  /**
   * Overall level 1..5: the highest level more than half of the blocks (by weight) reach, at most
   * {@code maturity.overall.maxAboveWeakest} above the weakest block.
   */
  int level();

  /** Name of the overall level. */
  String levelName();

  /** The highest level more than half of the blocks (by weight) reach. */
  int majorityLevel();

  /** The level of the weakest block. */
  int weakestLevel();

  /** How the overall level was computed, in words (shown by every report). */
  String explanation();

  /**
   * {@link #explanation()} in words any language can say; empty when there is none. Not written to
   * JSON.
   */
  @JsonIgnore
  Optional<Wording> explanationWording();

  /** Each of the eight blocks, in the order of {@link BuildingBlock}. */
  Map<BuildingBlock, BlockMaturity> blocks();

  /** A builder for {@link MaturityProfile}. */
  static ImmutableMaturityProfile.Builder builder() {
    return ImmutableMaturityProfile.builder();
  }
}
