package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.crmstrategy.model.BuildingBlock;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One building block's next level step: from today's level (changes to the company, evidenced
 * today) and from the level at the end of the plan (changes to the plan). Empty at level 5.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBlockNextSteps.class)
@JsonDeserialize(as = ImmutableBlockNextSteps.class)
public interface BlockNextSteps {
  /** The building block. */
  BuildingBlock block();

  /** The smallest set of changes that lifts today's level to the next; empty at level 5. */
  Optional<LevelStep> current();

  /** The smallest set of changes that lifts the level at the end of the plan to the next. */
  Optional<LevelStep> target();

  /** A builder for {@link BlockNextSteps}. */
  static ImmutableBlockNextSteps.Builder builder() {
    return ImmutableBlockNextSteps.builder();
  }
}
