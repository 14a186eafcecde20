package io.github.crmstrategy.text;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The CLDR plural category of a number in the two languages of the reports, written out by hand
 * instead of depending on ICU4J (see docs/architecture.md, "Languages"). English: {@code one} for
 * 1, {@code other} otherwise. Russian (CLDR rules for {@code ru}): {@code one} when the integer
 * ends in 1 but not 11 (1, 21, 101), {@code few} when it ends in 2-4 but not 12-14 (2, 23, 104),
 * {@code many} for the other integers (0, 5, 11, 12, 100), {@code other} for fractions (1.5). Any
 * other language falls back to the English rule.
 */
public final class Plurals {
  /** The category names, as ICU plural patterns write them. */
  public static final String ONE = "one";

  /** Russian 2-4, 22-24, ... */
  public static final String FEW = "few";

  /** Russian 0, 5-20, 25-30, ... */
  public static final String MANY = "many";

  /** Fractions in Russian; everything but 1 in English. */
  public static final String OTHER = "other";

  private Plurals() {}

  /** The plural category of {@code n} in {@code locale}'s language. */
  public static String category(Locale locale, double n) {
    boolean integer = n == Math.rint(n) && !Double.isInfinite(n);
    if ("ru".equals(locale.getLanguage())) {
      if (!integer) {
        return OTHER;
      }
      long i = Math.abs((long) n);
      long mod10 = i % 10;
      long mod100 = i % 100;
      if (mod10 == 1 && mod100 != 11) {
        return ONE;
      }
      if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
        return FEW;
      }
      return MANY;
    }
    return integer && Math.abs(n) == 1 ? ONE : OTHER;
  }

  /**
   * The category of a number written as text ({@code "3"}, {@code "1.5"}, or with a decimal comma
   * {@code "1,5"}); {@link #OTHER} when the text is not a number.
   */
  public static String category(Locale locale, String number) {
    try {
      return category(locale, new BigDecimal(number.trim().replace(',', '.')).doubleValue());
    } catch (NumberFormatException e) {
      return OTHER;
    }
  }
}
