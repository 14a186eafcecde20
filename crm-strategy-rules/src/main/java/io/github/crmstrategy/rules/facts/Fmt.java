package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.text.Numbers;

/**
 * Number formatting for finding messages, the name DRL uses: plain decimals, no exponent, at most
 * two decimals. A delegate of {@link Numbers#upToTwoDecimals}, which owns the format.
 */
public final class Fmt {
  private Fmt() {}

  /**
   * {@code value} with at most two decimals and no trailing zeros ({@code 1.5}, {@code 120000000}).
   */
  public static String num(double value) {
    return Numbers.upToTwoDecimals(value);
  }
}
