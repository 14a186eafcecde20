package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A corporate strategic goal with its balanced-scorecard perspective, SWOT links and indicators.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStrategicGoal.class)
@JsonDeserialize(as = ImmutableStrategicGoal.class)
public interface StrategicGoal extends MeasuredGoal {

  /** The goal statement. */
  @Override
  Optional<String> statement();

  /** The balanced-scorecard perspective. */
  Optional<Perspective> perspective();

  /** Ids of the SWOT items the goal answers. */
  List<String> swot();

  /** Key indicators with their target values. */
  @Override
  List<Indicator> indicators();

  /** A builder for {@link StrategicGoal}. */
  static ImmutableStrategicGoal.Builder builder() {
    return ImmutableStrategicGoal.builder();
  }
}
