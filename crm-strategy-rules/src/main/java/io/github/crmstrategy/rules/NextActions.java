package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.crmstrategy.model.BuildingBlock;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What to do next, computed from the maturity model's criteria and weights: for each building block
 * the smallest set of changes that lifts its level today, and separately its level at the end of
 * the plan, to the next ({@link #blocks()}); and the top actions across blocks and findings, ranked
 * by what they are worth ({@link #top()}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNextActions.class)
@JsonDeserialize(as = ImmutableNextActions.class)
public interface NextActions {
  /** Each block's next level step today and at the end of the plan, in block order. */
  Map<BuildingBlock, BlockNextSteps> blocks();

  /**
   * The top actions, best first: at most {@code actions.top.count} of them, each naming the
   * elements to change and the findings it resolves.
   */
  List<TopAction> top();

  /** A builder for {@link NextActions}. */
  static ImmutableNextActions.Builder builder() {
    return ImmutableNextActions.builder();
  }
}
