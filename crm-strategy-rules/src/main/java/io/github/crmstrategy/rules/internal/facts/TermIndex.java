package io.github.crmstrategy.rules.internal.facts;

import io.github.crmstrategy.rules.facts.Texts;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of several groups of vocabulary terms a normalised text mentions, with the matching
 * rules of {@link Texts#matcher} (a term matches where no letter or digit precedes it; {@code
 * =term} also needs none to follow) but in one pass over the text: at each position where a term
 * may start, only the terms beginning with that character are compared. It reads the text as the
 * pattern does: the character before a term is one UTF-16 unit, the one after it a code point.
 * {@link Texts#matcher}'s alternation tries every term at every position, which made fact
 * extraction of a plan of a few hundred elements take milliseconds against the vocabulary's
 * hundreds of terms.
 */
final class TermIndex {
  private record Term(String text, boolean whole, int group) {}

  /** Terms by first character below {@link #LOW} (Latin, Greek, Cyrillic): no boxing, no hash. */
  private static final int LOW = 0x0530;

  private final Term[][] low = new Term[LOW][];
  private final Map<Character, Term[]> high = new HashMap<>();
  private final int groups;

  private TermIndex(Map<Character, Term[]> byFirst, int groups) {
    byFirst.forEach(
        (c, terms) -> {
          if (c < LOW) {
            low[c] = terms;
          } else {
            high.put(c, terms);
          }
        });
    this.groups = groups;
  }

  private Term[] startingWith(char c) {
    return c < LOW ? low[c] : high.isEmpty() ? null : high.get(c);
  }

  /** An index of {@code groups}: group {@code i} is the terms at index {@code i}. */
  static TermIndex of(List<? extends List<String>> groups) {
    Map<Character, List<Term>> lists = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (String raw : groups.get(g)) {
        boolean whole = raw.startsWith("=");
        String term = Texts.normalize(whole ? raw.substring(1) : raw);
        if (!term.isEmpty()) {
          lists
              .computeIfAbsent(term.charAt(0), c -> new ArrayList<>())
              .add(new Term(term, whole, g));
        }
      }
    }
    Map<Character, Term[]> byFirst = new HashMap<>();
    lists.forEach(
        (c, terms) -> {
          terms.sort(Comparator.comparingInt((Term t) -> t.text().length()).reversed());
          byFirst.put(c, terms.toArray(Term[]::new));
        });
    return new TermIndex(byFirst, groups.size());
  }

  /** The groups that {@code normalized} (a {@link Texts#normalize normalised} text) mentions. */
  BitSet find(String normalized) {
    if (groups <= 64) {
      return BitSet.valueOf(new long[] {scan(normalized, -1)});
    }
    BitSet found = new BitSet(groups);
    scanWide(normalized, found);
    return found;
  }

  /** Whether {@code normalized} mentions a term of group {@code group}. */
  boolean mentions(String normalized, int group) {
    if (groups <= 64) {
      return (scan(normalized, group) & (1L << group)) != 0;
    }
    BitSet found = new BitSet(groups);
    scanWide(normalized, found);
    return found.get(group);
  }

  /**
   * The groups (at most 64) mentioned in {@code text}, as bits; with {@code stopAt} {@code >= 0},
   * returns as soon as that group is found.
   */
  private long scan(String text, int stopAt) {
    int n = text.length();
    long found = 0;
    boolean afterWord = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!afterWord) {
        Term[] candidates = startingWith(c);
        if (candidates != null) {
          for (Term t : candidates) {
            long bit = 1L << t.group();
            if ((found & bit) == 0 && matchesAt(text, i, t)) {
              found |= bit;
              if (t.group() == stopAt) {
                return found;
              }
            }
          }
        }
      }
      // One UTF-16 unit, as the pattern's look-behind reads it: a letter outside the Basic
      // Multilingual Plane counts as none (its low surrogate is not a letter).
      afterWord = c < LOW ? WORD[c] : word(c);
    }
    return found;
  }

  /** As {@link #scan}, for more than 64 groups. */
  private void scanWide(String text, BitSet found) {
    int n = text.length();
    boolean afterWord = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!afterWord) {
        Term[] candidates = startingWith(c);
        if (candidates != null) {
          for (Term t : candidates) {
            if (!found.get(t.group()) && matchesAt(text, i, t)) {
              found.set(t.group());
            }
          }
        }
      }
      afterWord = c < LOW ? WORD[c] : word(c);
    }
  }

  /** Whether term {@code t} occurs at {@code i} (for a whole term, not followed by a word). */
  private static boolean matchesAt(String text, int i, Term t) {
    if (!text.startsWith(t.text(), i)) {
      return false;
    }
    int end = i + t.text().length();
    return !t.whole() || end >= text.length() || !word(Character.codePointAt(text, end));
  }

  /** {@link #word} of the characters below {@link #LOW}. */
  private static final boolean[] WORD = new boolean[LOW];

  static {
    for (char c = 0; c < LOW; c++) {
      WORD[c] = word(c);
    }
  }

  /** Whether {@code cp} is a letter or a number ({@code [\p{L}\p{N}]}). */
  private static boolean word(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
