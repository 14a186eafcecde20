package io.github.crmstrategy.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> KEYS = List.of("indicators", "statement", "supports", "id");

  @Test
  void distanceIsLevenshtein() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("same", "same")).isZero();
    assertThat(Suggestions.distance("Same", "same")).isEqualTo(1);
  }

  @Test
  void boundedDistanceStopsAboveTheLimit() {
    assertThat(Suggestions.distance("kitten", "sitting", 5)).isEqualTo(3);
    assertThat(Suggestions.distance("kitten", "sitting", 2)).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc", 5)).isEqualTo(3);
    assertThat(Suggestions.distance("G1", "G1", 1)).isZero();
    assertThat(Suggestions.distance("a", "abcdef", 2)).isEqualTo(3);
    assertThatThrownBy(() -> Suggestions.distance("a", "b", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void suggestsTheClosePlausibleKey() {
    assertThat(Suggestions.closest("indicatrs", KEYS)).contains("indicators");
    assertThat(Suggestions.closest("Statment", KEYS)).contains("statement");
    assertThat(Suggestions.closest("ID", KEYS)).contains("id");
    assertThat(Suggestions.closest("REAL-03", List.of("REAL-001", "REAL-003", "REAL-030")))
        .contains("REAL-003");
  }

  @Test
  void suggestsNothingWhenNothingIsClose() {
    assertThat(Suggestions.closest("budget", KEYS)).isEmpty();
    assertThat(Suggestions.closest("x", List.of())).isEmpty();
  }

  @Test
  void anExplicitBoundIsTheLargestDistanceSuggested() {
    assertThat(Suggestions.closest("G9", List.of("G1", "G2"), 1)).contains("G1");
    assertThat(Suggestions.closest("G99", List.of("G1"), 1)).isEmpty();
    assertThat(Suggestions.closest("cg1", List.of("G1", "CG1"), 1)).contains("CG1");
    assertThat(Suggestions.closest("abc", List.of("abc"), 0)).contains("abc");
    assertThat(Suggestions.closest("abc", List.of("abd"), 0)).isEmpty();
    assertThat(Suggestions.closest("abc", List.of("abc"), -1)).isEmpty();
  }

  @Test
  void tiesGoToTheFirstCandidate() {
    assertThat(Suggestions.closest("ab", List.of("ax", "ay"), 1)).contains("ax");
    assertThat(Suggestions.closest("ab", List.of("ay", "ax"), 1)).contains("ay");
  }
}
