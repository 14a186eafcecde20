package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.crmstrategy.model.BuildingBlock;
import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One building block's levels side by side: today, at the end of the plan, as the company rates
 * itself, and at its peers; and the route between today and the target.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBlockLevels.class)
@JsonDeserialize(as = ImmutableBlockLevels.class)
public interface BlockLevels {
  /** The building block. */
  BuildingBlock block();

  /** The level today ({@link MaturityResult#current()}). */
  int current();

  /** The level at the end of the plan ({@link MaturityResult#target()}). */
  int target();

  /** The level the plan's self-assessment gives, when it has one. */
  OptionalInt selfAssessed();

  /** Each peer profile's level, by peer name. */
  Map<String, Integer> peers();

  /** Levels to climb: target minus current (0 or more). */
  int gap();

  /** Years the climb takes at {@code maturity.route.yearsPerLevel} a level. */
  double yearsNeeded();

  /** Whether the climb fits between today and the end of the horizon. */
  boolean withinPace();

  /** A builder for {@link BlockLevels}. */
  static ImmutableBlockLevels.Builder builder() {
    return ImmutableBlockLevels.builder();
  }
}
