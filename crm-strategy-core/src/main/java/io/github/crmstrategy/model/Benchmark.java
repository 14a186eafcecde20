package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/** A peer benchmark for an indicator: the peer median and top quartile, with the source. */
@Value.Immutable
@JsonSerialize(as = ImmutableBenchmark.class)
@JsonDeserialize(as = ImmutableBenchmark.class)
public interface Benchmark {

  /** The median value among peers. */
  OptionalDouble peerMedian();

  /** The top-quartile value among peers (in the indicator direction). */
  OptionalDouble topQuartile();

  /** Where the numbers come from. */
  Optional<String> source();

  /** A builder for {@link Benchmark}. */
  static ImmutableBenchmark.Builder builder() {
    return ImmutableBenchmark.builder();
  }
}
