package io.github.crmstrategy.rules.facts;

import java.util.Collection;

/** Helpers for rule consequences: shares, levels and short descriptions. */
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
   * The staged level of a block: the highest tier (2..5) such that the block earns at least {@code
   * passRatio} of the points of that tier and of every lower tier; 1 when tier 2 is not reached. A
   * tier without criteria is not reached.
   *
   * @param criteria the block's {@link MaturityCriterion} facts
   * @param scores the block's {@link CriterionScore} facts
   * @param passRatio share of a tier's points needed to reach it
   */
  public static int stagedLevel(Collection<?> criteria, Collection<?> scores, double passRatio) {
    java.util.Map<String, Integer> tierOf = new java.util.HashMap<>();
    double[] possible = new double[6];
    double[] earned = new double[6];
    for (Object o : criteria) {
      MaturityCriterion c = (MaturityCriterion) o;
      tierOf.put(c.id(), c.tier());
      if (c.tier() >= 2 && c.tier() <= 5) {
        possible[c.tier()] += c.weight();
      }
    }
    for (Object o : scores) {
      CriterionScore s = (CriterionScore) o;
      Integer tier = tierOf.get(s.criterionId());
      if (tier != null && tier >= 2 && tier <= 5) {
        earned[tier] += s.points();
      }
    }
    int level = 1;
    for (int tier = 2; tier <= 5; tier++) {
      if (possible[tier] <= 0 || earned[tier] < passRatio * possible[tier] - 1e-9) {
        break;
      }
      level = tier;
    }
    return level;
  }

  /** The name of {@code level} among the {@link MaturityLevel} facts, or {@code "Level n"}. */
  public static String levelName(Collection<?> levels, int level) {
    for (Object o : levels) {
      MaturityLevel l = (MaturityLevel) o;
      if (l.level() == level) {
        return l.name();
      }
    }
    return "Level " + level;
  }

  /** Score of {@code earned} out of {@code possible} points, 0..100. */
  public static double score(Number earned, Number possible) {
    return 100 * ratio(earned, possible);
  }
}
