package io.github.crmstrategy.rules.facts;

import java.util.Collection;
import java.util.List;

/**
 * Helpers for rule consequences: shares, levels and short descriptions. The maturity arithmetic
 * itself is {@link MaturityScoring}'s; the methods here are its names for DRL.
 */
public final class Scores {
  private Scores() {}

  /** {@code part / whole}, or 0 when {@code whole} is 0. */
  public static double ratio(Number part, Number whole) {
    return whole.doubleValue() == 0 ? 0 : part.doubleValue() / whole.doubleValue();
  }

  /** {@code 1.0} when {@code condition} holds, else {@code 0.0}. */
  public static double credit(boolean condition) {
    return condition ? 1 : 0;
  }

  /**
   * "{@code part} of {@code whole} {@code what}", e.g. "2 of 3 CRM goals support a corporate goal".
   */
  public static String share(Number part, Number whole, String what) {
    return part.longValue() + " of " + whole.longValue() + " " + what;
  }

  /**
   * The staged level of a block ({@link MaturityScoring#stagedLevel}).
   *
   * @param criteria the block's {@link MaturityCriterion} facts
   * @param scores the block's {@link CriterionScore} facts
   * @param passRatio share of a tier's points needed to reach it
   */
  public static int stagedLevel(Collection<?> criteria, Collection<?> scores, double passRatio) {
    return MaturityScoring.stagedLevel(
        cast(criteria, MaturityCriterion.class), cast(scores, CriterionScore.class), passRatio);
  }

  /** The name of {@code level} among the {@link MaturityLevel} facts, or {@code "Level n"}. */
  public static String levelName(Collection<?> levels, int level) {
    return MaturityScoring.levelName(cast(levels, MaturityLevel.class), level);
  }

  /** Score of {@code earned} out of {@code possible} points, 0..100. */
  public static double score(Number earned, Number possible) {
    return MaturityScoring.blockScore(earned.doubleValue(), possible.doubleValue());
  }

  /** {@code score} rounded to one decimal, as the report shows it. */
  public static double rounded(double score) {
    return MaturityScoring.rounded(score);
  }

  private static <T> List<T> cast(Collection<?> facts, Class<T> type) {
    return facts.stream().map(type::cast).toList();
  }
}
