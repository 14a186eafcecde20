package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A competitor and its CRM position relative to the company. */
@Value.Immutable
@JsonSerialize(as = ImmutableCompetitor.class)
@JsonDeserialize(as = ImmutableCompetitor.class)
public interface Competitor {

  /** Name. */
  String name();

  /** Ahead, level or behind. */
  Optional<CompetitivePosition> position();

  /** Notes. */
  Optional<String> notes();

  /** An id, so that strategies and tasks can say they address this competitor. */
  Optional<String> id();

  /**
   * The CRM areas where the competitor is ahead (same vocabulary as capabilities' {@code covers}).
   */
  List<String> aheadOn();

  /** A builder for {@link Competitor}. */
  static ImmutableCompetitor.Builder builder() {
    return ImmutableCompetitor.builder();
  }
}
