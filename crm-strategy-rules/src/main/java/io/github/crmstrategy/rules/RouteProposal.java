package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A draft route: a multi-year roadmap proposal phased by dependency (capabilities after the
 * capabilities they depend on and after those serving the blocks their own blocks rest on, so data
 * before analytics; indicators after the capabilities that drive them), over the plan's horizon,
 * with each block's level steps at {@code maturity.route.yearsPerLevel} a step and never above what
 * its foundation allows. {@link #phases()} is the timeline a renderer draws; {@link #differences()}
 * says where the plan's own roadmap departs from it. {@code Reviewer.route} builds it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRouteProposal.class)
@JsonDeserialize(as = ImmutableRouteProposal.class)
public interface RouteProposal {
  /** Organisation name of the plan. */
  String organization();

  /** Where the route starts: the plan's date (revision date, else horizon start). */
  Optional<LocalDate> from();

  /** The end of the plan's horizon. */
  Optional<LocalDate> to();

  /** Years one level step takes ({@code maturity.route.yearsPerLevel}). */
  double yearsPerLevel();

  /** The phases, in order: each one's capabilities, level steps and indicator targets. */
  List<RoutePhase> phases();

  /** Whether every phase and level step falls inside the horizon. */
  boolean fitsHorizon();

  /** Whether and why the route fits the horizon, in words. */
  String fit();

  /** Where the plan's roadmap differs from the proposal; empty when it agrees or has none. */
  List<RouteDifference> differences();

  /** A builder for {@link RouteProposal}. */
  static ImmutableRouteProposal.Builder builder() {
    return ImmutableRouteProposal.builder();
  }
}
