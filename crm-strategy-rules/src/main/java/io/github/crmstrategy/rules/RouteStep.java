package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.crmstrategy.model.BuildingBlock;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A building block reaching a level on the route: a point of the timeline. */
@Value.Immutable
@JsonSerialize(as = ImmutableRouteStep.class)
@JsonDeserialize(as = ImmutableRouteStep.class)
public interface RouteStep {
  /** The building block. */
  BuildingBlock block();

  /** The level it reaches. */
  int level();

  /** When, at the earliest: a level step takes {@code maturity.route.yearsPerLevel} years. */
  Optional<LocalDate> date();

  /** A builder for {@link RouteStep}. */
  static ImmutableRouteStep.Builder builder() {
    return ImmutableRouteStep.builder();
  }
}
