package io.github.crmstrategy.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every way the project writes a number, in one place. All methods are locale-independent (a
 * decimal point, never a comma) and never use exponent notation unless the variant says so.
 *
 * <ul>
 *   <li>{@link #plain}: every digit, for numbers written into plan documents;
 *   <li>{@link #upToTwoDecimals}: finding messages and evidence ({@code Fmt.num} in DRL), profile
 *       messages;
 *   <li>{@link #wholeOrDecimal}: parameter values (rule reference, {@code rules list}) and target
 *       values in comparisons;
 *   <li>{@link #oneDecimal}, {@link #signedOneDecimal}: maturity scores and their changes in
 *       reports;
 *   <li>{@link #measurement}: benchmark results;
 *   <li>{@link #inLanguage}: a number already written, put into prose of another language ("58,2"
 *       in Russian).
 * </ul>
 */
public final class Numbers {
  /** A decimal number as the methods above write it, signed or not: "58.2", "-0.5", "+7.5". */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+\\.\\d+");

  private Numbers() {}

  /**
   * {@code text} with {@code locale}'s decimal separator when it is a decimal number written by one
   * of the methods above ("58.2" is "58,2" in Russian); any other text, and any text in English, as
   * it is. For the values put into the sentences of a report in its language; never for ids, dates
   * or documents.
   */
  public static String inLanguage(String text, Locale locale) {
    if ("ru".equals(locale.getLanguage()) && DECIMAL.matcher(text).matches()) {
      return text.replace('.', ',');
    }
    return text;
  }

  /**
   * The alternating names and values of a message ({@code "score", "58.2", ...}) with every value
   * that is a decimal number, as text or a {@code Double}, written by {@link #inLanguage}; a copy,
   * the given array unchanged.
   */
  public static Object[] argumentsInLanguage(Locale locale, Object... namesAndValues) {
    Object[] out = namesAndValues.clone();
    for (int i = 1; i < out.length; i += 2) {
      if (out[i] instanceof String s) {
        out[i] = inLanguage(s, locale);
      } else if (out[i] instanceof Double d) {
        out[i] = inLanguage(upToTwoDecimals(d), locale);
      }
    }
    return out;
  }

  /**
   * Every digit of {@code value} in plain notation, without trailing zeros: {@code 120000000}, not
   * {@code 1.2E8}; {@code 0.1}, not {@code 0.10000000000000001}. Non-finite values as {@link
   * Double#toString(double)}.
   */
  public static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * {@code value} rounded half up to at most two decimals, without trailing zeros, in plain
   * notation: {@code 1.5}, {@code 2.35} for 2.345, {@code 120000000}. From 10<sup>15</sup> in
   * magnitude, where every further digit is noise to a reader, with a power of ten: {@code 1.7 ×
   * 10^308}. Non-finite values as {@link Double#toString(double)}.
   */
  public static String upToTwoDecimals(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (Math.abs(value) >= LARGE) {
      BigDecimal d = BigDecimal.valueOf(value);
      int exponent = d.precision() - d.scale() - 1;
      BigDecimal mantissa =
          d.movePointLeft(exponent).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
      if (mantissa.abs().compareTo(BigDecimal.TEN) >= 0) {
        mantissa = mantissa.movePointLeft(1).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        exponent++;
      }
      return mantissa.toPlainString() + " \u00d7 10^" + exponent;
    }
    return BigDecimal.valueOf(value)
        .setScale(2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** From here on messages write a number with a power of ten. */
  private static final double LARGE = 1e15;

  /**
   * A whole number without a fraction ({@code 3}, not {@code 3.0}) when it is one and smaller than
   * 10<sup>15</sup> in magnitude; any other value as {@link Double#toString(double)} ({@code 0.65},
   * {@code 1.0E-4}, {@code 1.0E15}).
   */
  public static String wholeOrDecimal(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /** {@code value} with exactly one decimal, rounded half up: {@code 72.5}, {@code 3.0}. */
  public static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /**
   * {@code value} with a sign and exactly one decimal: {@code +2.5}, {@code -1.0}; a value that
   * rounds to zero is {@code 0.0}, without a sign.
   */
  public static String signedOneDecimal(double value) {
    String s = String.format(Locale.ROOT, "%+.1f", value);
    return s.equals("+0.0") || s.equals("-0.0") ? "0.0" : s;
  }

  /**
   * A measured value with about three significant digits: no decimals from 100, one from 10, two
   * from 1, three below ({@code 1234}, {@code 12.3}, {@code 1.23}, {@code 0.123}); {@code n/a} for
   * NaN.
   */
  public static String measurement(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    double a = Math.abs(value);
    String format = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, format, value);
  }
}
