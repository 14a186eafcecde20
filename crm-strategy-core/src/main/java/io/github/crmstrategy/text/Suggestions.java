package io.github.crmstrategy.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" support for every message that names an unknown word (a key, an enumeration value,
 * an id, a rule id, a parameter): the known word closest to it by case-insensitive Levenshtein
 * distance, when it is close enough to be a plausible misspelling.
 *
 * <p>Ties go to the candidate that comes first. Candidates are compared as given; leave out the
 * ones that must never be suggested (the word itself, for example).
 */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate closest to {@code word}, if it is at most a third of the word's length away (and
   * at least 2 edits are always allowed): the policy of keys, enumeration values, rule ids and
   * parameter names.
   */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    return closest(word, candidates, Math.max(2, word.length() / 3));
  }

  /** The candidate closest to {@code word}, if it is at most {@code maxDistance} edits away. */
  public static Optional<String> closest(
      String word, Collection<String> candidates, int maxDistance) {
    if (maxDistance < 0) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = maxDistance + 1;
    String lower = word.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT), bestDistance - 1);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
        if (d == 0) {
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The Levenshtein distance between {@code a} and {@code b} (case-sensitive). */
  public static int distance(String a, String b) {
    return distance(a, b, Integer.MAX_VALUE - 1);
  }

  /**
   * The Levenshtein distance between {@code a} and {@code b} (case-sensitive), or {@code limit + 1}
   * when it is above {@code limit} (cheaper: very different lengths are not compared).
   */
  public static int distance(String a, String b, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit " + limit + " < 0");
    }
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], limit + 1);
  }
}
