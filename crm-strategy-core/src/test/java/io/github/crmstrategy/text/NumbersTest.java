package io.github.crmstrategy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void plainKeepsEveryDigitWithoutExponent() {
    assertThat(Numbers.plain(120_000_000)).isEqualTo("120000000");
    assertThat(Numbers.plain(1.5)).isEqualTo("1.5");
    assertThat(Numbers.plain(2.345)).isEqualTo("2.345");
    assertThat(Numbers.plain(3.0)).isEqualTo("3");
    assertThat(Numbers.plain(0.1)).isEqualTo("0.1");
    assertThat(Numbers.plain(1e-7)).isEqualTo("0.0000001");
    assertThat(Numbers.plain(-0.25)).isEqualTo("-0.25");
    assertThat(Numbers.plain(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void upToTwoDecimalsRoundsHalfUpAndDropsTrailingZeros() {
    assertThat(Numbers.upToTwoDecimals(1.5)).isEqualTo("1.5");
    assertThat(Numbers.upToTwoDecimals(2.345)).isEqualTo("2.35");
    assertThat(Numbers.upToTwoDecimals(2.344)).isEqualTo("2.34");
    assertThat(Numbers.upToTwoDecimals(120_000_000)).isEqualTo("120000000");
    assertThat(Numbers.upToTwoDecimals(4.0)).isEqualTo("4");
    assertThat(Numbers.upToTwoDecimals(0.001)).isEqualTo("0");
    assertThat(Numbers.upToTwoDecimals(-1.005)).isEqualTo("-1.01");
    assertThat(Numbers.upToTwoDecimals(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    assertThat(Numbers.upToTwoDecimals(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void upToTwoDecimalsWritesHugeValuesWithAPowerOfTenNotThreeHundredDigits() {
    assertThat(Numbers.upToTwoDecimals(999_999_999_999_999.0)).isEqualTo("999999999999999");
    assertThat(Numbers.upToTwoDecimals(1e15)).isEqualTo("1 \u00d7 10^15");
    assertThat(Numbers.upToTwoDecimals(Double.MAX_VALUE)).isEqualTo("1.8 \u00d7 10^308");
    assertThat(Numbers.upToTwoDecimals(-1.234e20)).isEqualTo("-1.23 \u00d7 10^20");
    assertThat(Numbers.upToTwoDecimals(9.999e15)).isEqualTo("1 \u00d7 10^16");
    assertThat(Numbers.upToTwoDecimals(123_456_789_012.345)).isEqualTo("123456789012.35");
  }

  @Test
  void wholeOrDecimalDropsOnlyAFractionOfZero() {
    assertThat(Numbers.wholeOrDecimal(3.0)).isEqualTo("3");
    assertThat(Numbers.wholeOrDecimal(-2.0)).isEqualTo("-2");
    assertThat(Numbers.wholeOrDecimal(0.65)).isEqualTo("0.65");
    assertThat(Numbers.wholeOrDecimal(2.345)).isEqualTo("2.345");
    assertThat(Numbers.wholeOrDecimal(1e-4)).isEqualTo("1.0E-4");
    assertThat(Numbers.wholeOrDecimal(120_000_000)).isEqualTo("120000000");
    assertThat(Numbers.wholeOrDecimal(1e15)).isEqualTo("1.0E15");
    assertThat(Numbers.wholeOrDecimal(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void oneDecimalVariantsAreLocaleIndependent() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      assertThat(Numbers.oneDecimal(72.45)).isEqualTo("72.5");
      assertThat(Numbers.oneDecimal(3)).isEqualTo("3.0");
      assertThat(Numbers.oneDecimal(2.345)).isEqualTo("2.3");
      assertThat(Numbers.signedOneDecimal(2.5)).isEqualTo("+2.5");
      assertThat(Numbers.signedOneDecimal(-1.0)).isEqualTo("-1.0");
      assertThat(Numbers.signedOneDecimal(0.0)).isEqualTo("0.0");
      assertThat(Numbers.signedOneDecimal(-0.04)).isEqualTo("0.0");
      assertThat(Numbers.signedOneDecimal(0.04)).isEqualTo("0.0");
      assertThat(Numbers.measurement(1234.5)).isEqualTo("1235");
      assertThat(Numbers.measurement(12.34)).isEqualTo("12.3");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void measurementsHaveAboutThreeSignificantDigits() {
    assertThat(Numbers.measurement(1234)).isEqualTo("1234");
    assertThat(Numbers.measurement(100)).isEqualTo("100");
    assertThat(Numbers.measurement(12.345)).isEqualTo("12.3");
    assertThat(Numbers.measurement(1.5)).isEqualTo("1.50");
    assertThat(Numbers.measurement(0.1234)).isEqualTo("0.123");
    assertThat(Numbers.measurement(-2.5)).isEqualTo("-2.50");
    assertThat(Numbers.measurement(Double.NaN)).isEqualTo("n/a");
  }

  @Test
  void aDecimalInRussianProseTakesACommaAndNothingElseChanges() {
    Locale ru = Languages.RUSSIAN;
    assertThat(Numbers.inLanguage("58.2", ru)).isEqualTo("58,2");
    assertThat(Numbers.inLanguage("+7.5", ru)).isEqualTo("+7,5");
    assertThat(Numbers.inLanguage("-0.25", ru)).isEqualTo("-0,25");
    // ids, dates, versions and whole numbers stay as written
    assertThat(Numbers.inLanguage("2026-11-20", ru)).isEqualTo("2026-11-20");
    assertThat(Numbers.inLanguage("1.0.0", ru)).isEqualTo("1.0.0");
    assertThat(Numbers.inLanguage("G2.1", ru)).isEqualTo("G2.1");
    assertThat(Numbers.inLanguage("30", ru)).isEqualTo("30");
    assertThat(Numbers.inLanguage("58.2", Locale.ENGLISH)).isEqualTo("58.2");
  }

  @Test
  void argumentsInLanguageConvertsValuesNotNamesAndLeavesTheGivenArrayAlone() {
    Object[] given = {"score", "58.2", "years", 1.5, "count", 3, "1.5", "id"};
    Object[] ru = Numbers.argumentsInLanguage(Languages.RUSSIAN, given);
    assertThat(ru).containsExactly("score", "58,2", "years", "1,5", "count", 3, "1.5", "id");
    assertThat(given).containsExactly("score", "58.2", "years", 1.5, "count", 3, "1.5", "id");
    assertThat(Numbers.argumentsInLanguage(Locale.ENGLISH, given))
        .containsExactly("score", "58.2", "years", "1.5", "count", 3, "1.5", "id");
  }
}
