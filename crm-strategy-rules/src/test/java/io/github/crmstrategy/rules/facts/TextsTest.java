package io.github.crmstrategy.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How messages quote the plan's words, and how vocabulary terms match a text. */
class TextsTest {
  @Test
  void aTermMatchesWhereAWordStartsWithIt() {
    assertThat(Texts.mentions("Keep our most valuable customers.", "customer")).isTrue();
    assertThat(Texts.mentions("Удержать клиентов малого бизнеса", "клиент")).isTrue();
    assertThat(Texts.mentions("Our subcustomers", "customer")).isFalse();
    // ё reads as е
    assertThat(Texts.mentions("Счёт на одной странице", "счет")).isTrue();
  }

  @Test
  void aTermWithAnEqualsSignMatchesTheWholeWordOnly() {
    assertThat(Texts.mentions("A mobile app for claims", "=app")).isTrue();
    assertThat(Texts.mentions("A new approach to claims", "=app")).isFalse();
    assertThat(Texts.mentionsAny("A new approach", List.of("=app", "approach"))).isTrue();
  }

  @Test
  void aTermOfSeveralWordsMatchesThePhrase() {
    assertThat(Texts.mentions("Build a single customer view", "single customer view")).isTrue();
    assertThat(Texts.mentions("A single view of each customer", "single customer view")).isFalse();
  }

  @Test
  void quotationsAreOnOneLineWithoutTheFullStopAndCutAtAWord() {
    assertThat(Texts.quote("  Keep our most valuable customers. "))
        .isEqualTo("\"Keep our most valuable customers\"");
    assertThat(Texts.quote("")).isEmpty();
    String longText = "word ".repeat(40);
    String q = Texts.quote(longText);
    assertThat(q).endsWith("...\"").hasSizeLessThan(Texts.QUOTE_LIMIT + 6);
    assertThat(Texts.named("CRM goal", "CG1", "Keep customers."))
        .isEqualTo("CRM goal CG1 \"Keep customers\"");
    assertThat(Texts.named("segment", "SME", "")).isEqualTo("segment SME");
  }

  @Test
  void answeringSharesAtLeastHalfOfTheSubjects() {
    assertThat(Texts.answers(List.of("pricing", "marketing"), List.of("pricing", "digital")))
        .isTrue();
    assertThat(Texts.answers(List.of("marketing"), List.of("compliance", "privacy", "marketing")))
        .isFalse();
    assertThat(Texts.answers(List.of("pricing"), List.of())).isFalse();
  }

  @Test
  void wordsAndLists() {
    assertThat(Texts.wordCount("Be nice to customers.")).isEqualTo(4);
    assertThat(Texts.wordCount("-")).isZero();
    assertThat(Texts.list(List.of("a", "b", "c"))).isEqualTo("a, b and c");
    assertThat(Texts.bare("  -- TBD! ")).isEqualTo("tbd");
  }
}
