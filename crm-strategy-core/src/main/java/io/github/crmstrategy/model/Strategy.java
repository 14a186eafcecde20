package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A corporate strategy: its functional area and the goals it serves. */
@Value.Immutable
@JsonSerialize(as = ImmutableStrategy.class)
@JsonDeserialize(as = ImmutableStrategy.class)
public interface Strategy extends Identified {

  /** The functional area; {@code crm} for the strategy the CRM strategy details. */
  Optional<StrategyArea> area();

  /** What the strategy does. */
  Optional<String> statement();

  /** Ids of the corporate goals it serves. */
  List<String> goals();

  /**
   * Ids of what this strategy answers: environment statements, SWOT items, competitors or prior
   * initiatives (whose lessons it applies).
   */
  List<String> addresses();

  /** A builder for {@link Strategy}. */
  static ImmutableStrategy.Builder builder() {
    return ImmutableStrategy.builder();
  }
}
