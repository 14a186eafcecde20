package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A key indicator: a measurable characteristic of a goal with baseline, target, history and
 * benchmark.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
public interface Indicator extends Identified {

  /** Human-readable name. */
  Optional<String> name();

  /**
   * The kind, an open vocabulary; well-known kinds are listed in {@link IndicatorKinds}. Rules use
   * it to pick growth limits, percentage bounds and benchmarks.
   */
  Optional<String> kind();

  /** The unit ({@code percent}, a currency code, {@code count}...). */
  Optional<String> unit();

  /** Whether higher or lower is better. */
  Optional<Direction> direction();

  /** The value the plan starts from. */
  Optional<Baseline> baseline();

  /** The value whose achievement means the goal is met. */
  Optional<Target> target();

  /** Earlier measured values. */
  List<Observation> history();

  /** Peer benchmark for this indicator. */
  Optional<Benchmark> benchmark();

  /** A builder for {@link Indicator}. */
  static ImmutableIndicator.Builder builder() {
    return ImmutableIndicator.builder();
  }
}
