package io.github.crmstrategy.rules.facts;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The arithmetic of the maturity model, in one place: what a criterion earns, a block's score and
 * staged level, the overall score and level, the gap to a peer, and how scores are rounded for the
 * report. The DRL helpers ({@link Scores}) and the engine that builds the {@code MaturityResult}
 * both call it; nothing else computes maturity.
 *
 * <ul>
 *   <li>A criterion earns {@code weight × ratio} points, the ratio clamped into 0..1 ({@link
 *       CriterionScore}).
 *   <li>A block scores {@code 100 × earned / possible} points ({@link #blockScore}).
 *   <li>A block reaches level {@code n} when every tier 2..n earns at least {@code
 *       maturity.tier.passRatio} of its points; a tier without criteria is not reached ({@link
 *       #stagedLevel}).
 *   <li>The overall score is the block scores' mean weighted by the block weights, the overall
 *       level the weighted mean of the block levels rounded down ({@link Overall}).
 *   <li>A peer's gap is its level minus the evidenced level ({@link #peerGap}).
 *   <li>Scores and points are reported rounded to one decimal ({@link #rounded}).
 * </ul>
 */
public final class MaturityScoring {
  /** Tolerance for comparisons of sums of points, which are sums of products of doubles. */
  private static final double EPSILON = 1e-9;

  private MaturityScoring() {}

  /** The points a criterion worth {@code weight} earns when the plan meets {@code ratio} of it. */
  public static double points(double weight, double ratio) {
    return weight * ratio;
  }

  /** The score of a block that earns {@code earned} of {@code possible} points, 0..100. */
  public static double blockScore(double earned, double possible) {
    return possible == 0 ? 0 : 100 * (earned / possible);
  }

  /**
   * The staged level of a block: the highest tier (2..5) such that the block earns at least {@code
   * passRatio} of the points of that tier and of every lower tier; 1 when tier 2 is not reached. A
   * tier without criteria is not reached.
   *
   * @param criteria the block's criteria
   * @param scores the block's criterion scores
   * @param passRatio share of a tier's points needed to reach it
   */
  public static int stagedLevel(
      Collection<MaturityCriterion> criteria, Collection<CriterionScore> scores, double passRatio) {
    Map<String, Integer> tierOf = new HashMap<>();
    double[] possible = new double[6];
    double[] earned = new double[6];
    for (MaturityCriterion c : criteria) {
      tierOf.put(c.id(), c.tier());
      if (c.tier() >= 2 && c.tier() <= 5) {
        possible[c.tier()] += c.weight();
      }
    }
    for (CriterionScore s : scores) {
      Integer tier = tierOf.get(s.criterionId());
      if (tier != null && tier >= 2 && tier <= 5) {
        earned[tier] += s.points();
      }
    }
    int level = 1;
    for (int tier = 2; tier <= 5; tier++) {
      if (possible[tier] <= 0 || earned[tier] < passRatio * possible[tier] - EPSILON) {
        break;
      }
      level = tier;
    }
    return level;
  }

  /** The name of {@code level} among {@code levels}, or {@code "Level n"} when it has none. */
  public static String levelName(Collection<MaturityLevel> levels, int level) {
    for (MaturityLevel l : levels) {
      if (l.level() == level) {
        return l.name();
      }
    }
    return "Level " + level;
  }

  /** How far a peer at {@code peerLevel} is ahead of the evidenced level (negative: behind). */
  public static int peerGap(int peerLevel, int evidencedLevel) {
    return peerLevel - evidencedLevel;
  }

  /** {@code value} rounded half up to one decimal, as scores and points are reported. */
  public static double rounded(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /**
   * The overall maturity, accumulated block by block: the weighted mean of the block scores, and
   * the weighted mean of the block levels rounded down (a level is only claimed when the blocks on
   * average have reached it). Without any weight the score is 0 and the level 1.
   */
  public static final class Overall {
    private double weightedScores;
    private double weightedLevels;
    private double weights;

    /** Adds a block of {@code weight} with {@code score} and {@code level}. */
    public Overall add(double weight, double score, int level) {
      weightedScores += weight * score;
      weightedLevels += weight * level;
      weights += weight;
      return this;
    }

    /** The weighted mean of the block scores, unrounded. */
    public double score() {
      return weights == 0 ? 0 : weightedScores / weights;
    }

    /** The weighted mean of the block levels, rounded down. */
    public int level() {
      return weights == 0 ? 1 : (int) Math.floor(weightedLevels / weights + EPSILON);
    }
  }
}
