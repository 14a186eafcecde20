package io.github.crmstrategy.rules;

import java.util.Locale;

/**
 * The priority of a finding, 1 (act on it first) to 5 (least pressing), from two properties of the
 * rule that produced it: its <em>impact</em> on the strategy's success and the <em>certainty</em>
 * of its diagnosis, each {@code high}, {@code medium} or {@code low} (rule metadata {@code @impact}
 * and {@code @certainty}). A contradiction read straight from the document that breaks the strategy
 * (high, high) is priority 1; a heuristic about a detail (low, low) is priority 5. Reports order
 * findings by severity, then priority.
 */
public final class Priority {
  /** Highest priority. */
  public static final int HIGHEST = 1;

  /** Lowest priority. */
  public static final int LOWEST = 5;

  /** The priority of a rule that states neither impact nor certainty (medium, medium). */
  public static final int DEFAULT = 3;

  private Priority() {}

  /**
   * The priority of a rule of {@code impact} and {@code certainty} ({@code high}, {@code medium} or
   * {@code low}; empty counts as {@code medium}).
   *
   * @throws IllegalArgumentException for another value
   */
  public static int of(String impact, String certainty) {
    return 1 + (3 - grade(impact, "impact")) + (3 - grade(certainty, "certainty"));
  }

  /** 3 for {@code high}, 2 for {@code medium} or empty, 1 for {@code low}. */
  static int grade(String value, String what) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "high" -> 3;
      case "", "medium" -> 2;
      case "low" -> 1;
      default ->
          throw new IllegalArgumentException(
              "unknown " + what + " '" + value + "'; one of high, medium, low");
    };
  }

  /** Whether {@code value} is a valid impact or certainty (high, medium, low, or empty). */
  public static boolean isGrade(String value) {
    try {
      grade(value, "grade");
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
