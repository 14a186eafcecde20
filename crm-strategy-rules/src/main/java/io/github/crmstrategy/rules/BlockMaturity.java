package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.crmstrategy.model.BuildingBlock;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** The maturity of one of Gartner's building blocks, with the evidence that produced it. */
@Value.Immutable
@JsonSerialize(as = ImmutableBlockMaturity.class)
@JsonDeserialize(as = ImmutableBlockMaturity.class)
public interface BlockMaturity {
  /** The building block. */
  BuildingBlock block();

  /** Evidenced score, 0..100: the share of the block's criterion points the plan earns. */
  double score();

  /**
   * Evidenced level, 1..5: the highest tier whose criteria (and every lower tier's) the plan meets
   * to at least the share {@code maturity.tier.passRatio} of their points.
   */
  int level();

  /** Name of the level ({@code Initial}, {@code Managed}, {@code Defined}...). */
  String levelName();

  /** The level the plan's self-assessment gives, when it has one. */
  OptionalInt selfAssessedLevel();

  /** Peer level minus evidenced level, by peer name (positive: the peer is ahead). */
  Map<String, Integer> peerGaps();

  /** Each criterion of the block: what it is worth and what the plan earned. */
  List<MaturityEvidence> evidence();

  /** A builder for {@link BlockMaturity}. */
  static ImmutableBlockMaturity.Builder builder() {
    return ImmutableBlockMaturity.builder();
  }
}
