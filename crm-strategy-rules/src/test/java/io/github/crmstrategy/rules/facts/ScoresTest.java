package io.github.crmstrategy.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresTest {
  private static final List<MaturityCriterion> CRITERIA =
      List.of(
          new MaturityCriterion("A2", "vision", 2, 2, "tier 2"),
          new MaturityCriterion("B3", "vision", 3, 2, "tier 3"),
          new MaturityCriterion("C4", "vision", 4, 2, "tier 4"),
          new MaturityCriterion("D5", "vision", 5, 2, "tier 5"));

  private static CriterionScore score(String id, double ratio) {
    return new CriterionScore(id, "vision", 2, ratio, "", "");
  }

  @Test
  void levelIsTheHighestTierReachedWithEveryLowerTierReached() {
    assertThat(
            Scores.stagedLevel(
                CRITERIA, List.of(score("A2", 1), score("B3", 1), score("C4", 0.6)), 0.6))
        .isEqualTo(4);
    // Tier 5 met but tier 4 missed: staged, so the level stops at 3.
    assertThat(
            Scores.stagedLevel(
                CRITERIA, List.of(score("A2", 1), score("B3", 1), score("D5", 1)), 0.6))
        .isEqualTo(3);
  }

  @Test
  void missingTierTwoMeansInitial() {
    assertThat(Scores.stagedLevel(CRITERIA, List.of(score("B3", 1)), 0.6)).isEqualTo(1);
    assertThat(Scores.stagedLevel(CRITERIA, List.of(), 0.6)).isEqualTo(1);
  }

  @Test
  void aTierWithoutCriteriaIsNotReached() {
    List<MaturityCriterion> noTierFour = List.of(CRITERIA.get(0), CRITERIA.get(1), CRITERIA.get(3));
    assertThat(
            Scores.stagedLevel(
                noTierFour, List.of(score("A2", 1), score("B3", 1), score("D5", 1)), 0.6))
        .isEqualTo(3);
  }

  @Test
  void ratiosAreClampedAndSharesReadable() {
    assertThat(new CriterionScore("x", "b", 3, 1.7, "", "").points()).isEqualTo(3);
    assertThat(new CriterionScore("x", "b", 3, Double.NaN, "", "").points()).isZero();
    assertThat(Scores.ratio(1, 0)).isZero();
    assertThat(Scores.share(2L, 3L, "goals are linked")).isEqualTo("2 of 3 goals are linked");
  }
}
