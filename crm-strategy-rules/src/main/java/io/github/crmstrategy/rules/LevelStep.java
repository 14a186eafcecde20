package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The smallest set of changes that lifts a block from one level to the next: the criteria of the
 * tiers not yet reached that must be met (required ones, then those worth most, until the tier's
 * pass ratio is reached), the caps in force that must end, and the blocks it rests on that must
 * rise first.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLevelStep.class)
@JsonDeserialize(as = ImmutableLevelStep.class)
public interface LevelStep {
  /** The level the block is at. */
  int from();

  /** The level the changes lift it to ({@link #from()} + 1). */
  int to();

  /** The changes, required criteria first, then by worth, then caps, then foundations. */
  List<StepChange> changes();

  /** Block score points the criteria of {@link #changes()} add (0..100 scale, one decimal). */
  double scoreGain();

  /** A builder for {@link LevelStep}. */
  static ImmutableLevelStep.Builder builder() {
    return ImmutableLevelStep.builder();
  }
}
