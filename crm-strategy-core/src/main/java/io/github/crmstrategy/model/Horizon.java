package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The planning horizon: the first and last day the plan covers. */
@Value.Immutable
@JsonSerialize(as = ImmutableHorizon.class)
@JsonDeserialize(as = ImmutableHorizon.class)
public interface Horizon {

  /** First day of the plan. */
  Optional<LocalDate> start();

  /** Last day of the plan; targets should be due by then. */
  Optional<LocalDate> end();

  /** A builder for {@link Horizon}. */
  static ImmutableHorizon.Builder builder() {
    return ImmutableHorizon.builder();
  }
}
