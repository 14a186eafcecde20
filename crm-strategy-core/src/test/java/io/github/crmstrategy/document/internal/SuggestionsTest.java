package io.github.crmstrategy.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> KEYS = List.of("indicators", "statement", "supports", "id");

  @Test
  void distanceIsLevenshtein() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("same", "same")).isZero();
  }

  @Test
  void suggestsTheClosePlausibleKey() {
    assertThat(Suggestions.closest("indicatrs", KEYS)).contains("indicators");
    assertThat(Suggestions.closest("Statment", KEYS)).contains("statement");
    assertThat(Suggestions.closest("ID", KEYS)).contains("id");
  }

  @Test
  void suggestsNothingWhenNothingIsClose() {
    assertThat(Suggestions.closest("budget", KEYS)).isEmpty();
    assertThat(Suggestions.closest("x", List.of())).isEmpty();
  }
}
