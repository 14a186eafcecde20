package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The company's strategic plan: environment, SWOT, vision, mission, goals, strategies and tasks.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCorporatePlan.class)
@JsonDeserialize(as = ImmutableCorporatePlan.class)
public interface CorporatePlan {

  /** The environment analysis: the outlook of the industry. */
  List<Statement> environment();

  /** The SWOT analysis. */
  Optional<Swot> swot();

  /** The ideal picture of what the company should become. */
  Optional<String> vision();

  /** What the company does, how and for whom. */
  Optional<String> mission();

  /** Strategic goals, each with key indicators and target values. */
  List<StrategicGoal> goals();

  /** Strategies: how the goals will be reached. */
  List<Strategy> strategies();

  /** Tasks that carry out the strategies, each with an owner. */
  List<Task> tasks();

  /** A builder for {@link CorporatePlan}. */
  static ImmutableCorporatePlan.Builder builder() {
    return ImmutableCorporatePlan.builder();
  }
}
