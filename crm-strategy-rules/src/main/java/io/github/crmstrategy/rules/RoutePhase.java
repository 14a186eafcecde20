package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One phase of a {@link RouteProposal}, a bar of its timeline. */
@Value.Immutable
@JsonSerialize(as = ImmutableRoutePhase.class)
@JsonDeserialize(as = ImmutableRoutePhase.class)
public interface RoutePhase {
  /** Milestone id the phase gets in the roadmap fragment, for example {@code R1}. */
  String id();

  /** Position, 1 for the first phase. */
  int index();

  /** A name written from its content, for example {@code Information foundation}. */
  String name();

  /** When it starts (empty when the plan gives no date). */
  Optional<LocalDate> start();

  /** When it ends: the due date of its milestone. */
  Optional<LocalDate> end();

  /** Ids of the plan's capabilities it delivers, in dependency order. */
  List<String> capabilities();

  /** Level steps reached by its end. */
  List<RouteStep> levelSteps();

  /** Ids of indicators whose targets fall due at its end (after their driving capabilities). */
  List<String> indicators();

  /** Whether it ends inside the horizon. */
  boolean withinHorizon();

  /** A builder for {@link RoutePhase}. */
  static ImmutableRoutePhase.Builder builder() {
    return ImmutableRoutePhase.builder();
  }
}
