package io.github.crmstrategy.text;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The key terms of a text, as the check that a CRM vision builds on the corporate vision compares
 * them: words of five letters or more that are not stop words, reduced to a stem so that forms of
 * one word match. Russian words (Cyrillic) go through the {@link RussianStemmer} after {@code ё} is
 * read as {@code е} ({@code Надёжный} and {@code надежную} share {@code надежн}); other words keep
 * their first six letters, a crude but language-neutral stem for English.
 */
public final class KeyTerms {
  /** Shortest word that counts as a key term. */
  public static final int MIN_LETTERS = 5;

  private static final Set<String> STOP_WORDS =
      Set.of(
          // English
          "about",
          "after",
          "their",
          "there",
          "these",
          "those",
          "which",
          "where",
          "while",
          "every",
          "other",
          "would",
          "could",
          "should",
          "being",
          "become",
          "through",
          "within",
          "company",
          "always",
          "under",
          // Russian (function words of five letters or more, and "company" as in English)
          "также",
          "более",
          "менее",
          "чтобы",
          "через",
          "между",
          "после",
          "перед",
          "который",
          "которая",
          "которое",
          "которые",
          "которых",
          "которым",
          "своих",
          "своей",
          "свой",
          "своим",
          "своего",
          "этого",
          "этому",
          "этими",
          "будет",
          "будут",
          "может",
          "могут",
          "нашей",
          "наших",
          "нашим",
          "нашего",
          "всего",
          "всему",
          "всеми",
          "каждый",
          "каждого",
          "каждой",
          "всегда",
          "благодаря",
          "компания",
          "компании",
          "компанию",
          "компанией",
          "является",
          "являются",
          "самым",
          "самой",
          "самых",
          "очень",
          "только",
          "когда",
          "прежде");

  private KeyTerms() {}

  /** The key terms of {@code text}, in their order. */
  public static Set<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    for (String w : text.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}]+")) {
      if (w.length() >= MIN_LETTERS && !STOP_WORDS.contains(w)) {
        out.add(stem(w));
      }
    }
    return out;
  }

  /**
   * The number of key terms {@code a} and {@code b} share: equal stems, or a stem of five letters
   * or more that begins the other (a derived word: {@code энергосбыт} in {@code энергосбытов}).
   */
  public static int shared(String a, String b) {
    Set<String> tb = of(b);
    int n = 0;
    for (String x : of(a)) {
      for (String y : tb) {
        if (x.equals(y) || related(x, y) || related(y, x)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  private static boolean related(String shorter, String longer) {
    return shorter.length() >= MIN_LETTERS && longer.startsWith(shorter);
  }

  /** The stem of one lower-case word: Snowball Russian for Cyrillic, six letters otherwise. */
  public static String stem(String word) {
    if (isCyrillic(word)) {
      return RussianStemmer.stem(word);
    }
    return word.length() > 6 ? word.substring(0, 6) : word;
  }

  private static boolean isCyrillic(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.UnicodeBlock.of(word.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every word of {@code text} stemmed and joined by single spaces: the form in which a name the
   * plan writes is compared with the names of a table when the exact name is not there ({@code
   * энергосбытовые компании} and {@code Энергосбытовая компания} give the same form).
   */
  public static String stemmedPhrase(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String w : text.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\p{N}%]+")) {
      if (!w.isEmpty()) {
        out.append(out.length() > 0 ? " " : "").append(isCyrillic(w) ? RussianStemmer.stem(w) : w);
      }
    }
    return out.toString();
  }
}
