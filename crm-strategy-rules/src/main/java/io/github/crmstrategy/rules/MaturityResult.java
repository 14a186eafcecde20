package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.crmstrategy.model.BuildingBlock;
import java.util.Map;
import org.immutables.value.Value;

/** CRM maturity across Gartner's eight building blocks, and overall. */
@Value.Immutable
@JsonSerialize(as = ImmutableMaturityResult.class)
@JsonDeserialize(as = ImmutableMaturityResult.class)
public interface MaturityResult {
  /** Overall score 0..100: the weighted mean of the block scores. */
  double score();

  /** Overall level 1..5: the weighted mean of the block levels, rounded down. */
  int level();

  /** Name of the overall level. */
  String levelName();

  /** Each of the eight blocks, in the order of {@link BuildingBlock}. */
  Map<BuildingBlock, BlockMaturity> blocks();

  /** A builder for {@link MaturityResult}. */
  static ImmutableMaturityResult.Builder builder() {
    return ImmutableMaturityResult.builder();
  }
}
