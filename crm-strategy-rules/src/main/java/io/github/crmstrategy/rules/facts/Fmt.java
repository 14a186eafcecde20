package io.github.crmstrategy.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for finding messages: plain decimals, no exponent, at most two decimals. */
public final class Fmt {
  private Fmt() {}

  /**
   * {@code value} with at most two decimals and no trailing zeros ({@code 1.5}, {@code 120000000}).
   */
  public static String num(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value)
        .setScale(2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
