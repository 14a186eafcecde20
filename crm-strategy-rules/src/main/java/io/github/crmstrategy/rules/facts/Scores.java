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

  /** The band that {@code score} falls in (the lowest band when none matches). */
  public static LevelBand band(Collection<?> bands, double score) {
    LevelBand found = null;
    for (Object o : bands) {
      LevelBand b = (LevelBand) o;
      if (score >= b.minScore() && score < b.maxScore()) {
        return b;
      }
      if (found == null || b.minScore() < found.minScore()) {
        found = b;
      }
    }
    return found;
  }

  /** Score of {@code earned} out of {@code possible} points, 0..100. */
  public static double score(Number earned, Number possible) {
    return 100 * ratio(earned, possible);
  }
}
