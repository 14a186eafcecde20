package io.github.crmstrategy.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagePatternTest {
  private static final String FINDINGS =
      "{count, plural, =0 {нет замечаний} one {# замечание} few {# замечания} many {# замечаний}"
          + " other {# замечания}}";

  @Test
  void russianPluralsFollowCldr() {
    assertThat(Plurals.category(Languages.RUSSIAN, 1)).isEqualTo("one");
    assertThat(Plurals.category(Languages.RUSSIAN, 21)).isEqualTo("one");
    assertThat(Plurals.category(Languages.RUSSIAN, 11)).isEqualTo("many");
    assertThat(Plurals.category(Languages.RUSSIAN, 3)).isEqualTo("few");
    assertThat(Plurals.category(Languages.RUSSIAN, 14)).isEqualTo("many");
    assertThat(Plurals.category(Languages.RUSSIAN, 104)).isEqualTo("few");
    assertThat(Plurals.category(Languages.RUSSIAN, 0)).isEqualTo("many");
    assertThat(Plurals.category(Languages.RUSSIAN, 1.5)).isEqualTo("other");
    assertThat(Plurals.category(Languages.ENGLISH, 1)).isEqualTo("one");
    assertThat(Plurals.category(Languages.ENGLISH, 2)).isEqualTo("other");
  }

  @Test
  void choosesTheFormAndPutsInTheNumber() {
    assertThat(format(FINDINGS, 0)).isEqualTo("нет замечаний");
    assertThat(format(FINDINGS, 1)).isEqualTo("1 замечание");
    assertThat(format(FINDINGS, 22)).isEqualTo("22 замечания");
    assertThat(format(FINDINGS, 11)).isEqualTo("11 замечаний");
    assertThat(format(FINDINGS, 105)).isEqualTo("105 замечаний");
  }

  @Test
  void namedArgumentsApostrophesAndMissingArguments() {
    assertThat(
            MessagePattern.format(
                "Section '{section}' of {plan} is {state}",
                Languages.ENGLISH,
                Map.of("section", "scope", "plan", "P")))
        .isEqualTo("Section 'scope' of P is {state}");
  }

  @Test
  void everyIntegerGetsAFormWithItsDigits() {
    qt().forAll(integers().between(0, 1_000_000))
        .checkAssert(
            n -> {
              String text = format(FINDINGS, n);
              assertThat(text).doesNotContain("{").doesNotContain("#");
              if (n > 0) {
                assertThat(text).startsWith(n + " ");
              }
              String expected =
                  n % 10 == 1 && n % 100 != 11
                      ? "замечание"
                      : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)
                          ? "замечания"
                          : "замечаний";
              if (n > 0) {
                assertThat(text).endsWith(" " + expected);
              }
            });
  }

  @Test
  void selectChoosesNoneForAnEmptyOrMissingArgument() {
    String pattern = "{industry, select, none {без отрасли} other {отрасль «{industry}»}}";
    assertThat(MessagePattern.format(pattern, Languages.RUSSIAN, Map.of("industry", "")))
        .isEqualTo("без отрасли");
    assertThat(MessagePattern.format(pattern, Languages.RUSSIAN, Map.of()))
        .isEqualTo("без отрасли");
    assertThat(MessagePattern.format(pattern, Languages.RUSSIAN, Map.of("industry", "банки")))
        .isEqualTo("отрасль «банки»");
    // without a none form an empty argument takes the other form, as before
    assertThat(
            MessagePattern.format(
                "{x, select, a {A} other {O}}", Languages.ENGLISH, Map.of("x", "")))
        .isEqualTo("O");
  }

  private static String format(String pattern, int n) {
    return MessagePattern.format(pattern, Languages.RUSSIAN, Map.of("count", n));
  }
}
