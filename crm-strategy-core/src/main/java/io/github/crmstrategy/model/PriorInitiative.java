package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
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

  /** A builder for {@link PriorInitiative}. */
  static ImmutablePriorInitiative.Builder builder() {
    return ImmutablePriorInitiative.builder();
  }
}
