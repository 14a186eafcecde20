package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** A prior CRM initiative, its outcome and what can be reused. */
@Value.Immutable
@JsonSerialize(as = ImmutablePriorInitiative.class)
@JsonDeserialize(as = ImmutablePriorInitiative.class)
public interface PriorInitiative {

  /** Name. */
  String name();

  /** How it ended. */
  Optional<InitiativeOutcome> outcome();

  /** Assets that can be reused. */
  List<String> reusable();

  /** An id, so that strategies and tasks can say they apply its lessons. */
  Optional<String> id();

  /** The year it ended (or started, when it is still running). */
  OptionalInt year();

  /** What the company learned from it, in its own words. */
  List<String> lessons();

  /** A builder for {@link PriorInitiative}. */
  static ImmutablePriorInitiative.Builder builder() {
    return ImmutablePriorInitiative.builder();
  }
}
