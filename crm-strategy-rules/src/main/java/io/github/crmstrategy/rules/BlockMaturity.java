package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.crmstrategy.model.BuildingBlock;
import java.util.List;
import org.immutables.value.Value;

/**
 * The maturity of one of Gartner's building blocks at one date, explained: every criterion with
 * what it measured, and what holds the block at its level.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBlockMaturity.class)
@JsonDeserialize(as = ImmutableBlockMaturity.class)
public interface BlockMaturity {
  /** The building block. */
  BuildingBlock block();

  /** Score, 0..100: the share of the block's criterion points earned. */
  double score();

  /**
   * Level, 1..5: the staged level, at most the level of every cap in force and of each block it
   * rests on plus the prerequisite's margin.
   */
  int level();

  /** Name of the level ({@code Initial}, {@code Managed}, {@code Defined}...). */
  String levelName();

  /**
   * The level the criteria alone reach: the highest tier whose criteria (and every lower tier's)
   * earn at least the share {@code maturity.tier.passRatio} of their points, required ones met in
   * full.
   */
  int stagedLevel();

  /** Each criterion of the block: what it reads, what it measured, what it earned. */
  List<MaturityEvidence> evidence();

  /**
   * What holds the block at its level: the unmet criteria of the next tier (required ones first),
   * the caps in force at its level, the block it rests on; empty at level 5.
   */
  List<MaturityHold> heldBy();

  /** A builder for {@link BlockMaturity}. */
  static ImmutableBlockMaturity.Builder builder() {
    return ImmutableBlockMaturity.builder();
  }
}
