package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.text.Wording;
import java.util.List;

/**
 * The maturity of one building block in one scope, inserted by the scoring rule once the block's
 * criteria and caps are evaluated ({@link MaturityScoring#profile}).
 *
 * @param scope {@link EvidenceScope#CURRENT} (today) or {@link EvidenceScope#TARGET} (the horizon)
 * @param block building block id
 * @param score 0..100
 * @param level 1..5, after caps and prerequisites
 * @param levelName level name
 * @param stagedLevel the level its criteria alone reach, before caps and prerequisites
 * @param heldBy what holds it at its level, in words: the unmet criteria of the next tier, the caps
 *     and prerequisites in force below it; empty at level 5
 * @param foundation the block it rests on when that block alone holds it at its level (its own
 *     criteria and no cap would allow more), else empty
 * @param holds {@code heldBy} in words any language can say, one wording per reason
 */
public record BlockScore(
    EvidenceScope scope,
    String block,
    double score,
    int level,
    String levelName,
    int stagedLevel,
    String heldBy,
    String foundation,
    List<Wording> holds) {

  /** Copies the holds. */
  public BlockScore {
    holds = holds == null ? List.of() : List.copyOf(holds);
  }

  /** A block score without the wordings of what holds it. */
  public BlockScore(
      EvidenceScope scope,
      String block,
      double score,
      int level,
      String levelName,
      int stagedLevel,
      String heldBy,
      String foundation) {
    this(scope, block, score, level, levelName, stagedLevel, heldBy, foundation, List.of());
  }

  /** Today's maturity of a block, with nothing said about what holds it. */
  public BlockScore(String block, double score, int level, String levelName) {
    this(EvidenceScope.CURRENT, block, score, level, levelName, level, "", "", List.of());
  }
}
