package io.github.crmstrategy.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The maturity arithmetic the DRL helpers and the engine share. */
class MaturityScoringTest {
  @Test
  void aBlockScoresTheShareOfItsPointsEarned() {
    assertThat(MaturityScoring.blockScore(3, 4)).isEqualTo(75.0);
    assertThat(MaturityScoring.blockScore(0, 0)).isZero();
    assertThat(MaturityScoring.points(2, 0.5)).isEqualTo(1.0);
    assertThat(Scores.score(3, 4)).isEqualTo(MaturityScoring.blockScore(3, 4));
  }

  @Test
  void theOverallScoreIsTheWeightedMeanAndTheLevelItsRoundedDownMean() {
    MaturityScoring.Overall overall =
        new MaturityScoring.Overall().add(1, 50, 2).add(1, 70, 3).add(2, 80, 3);
    assertThat(overall.score()).isEqualTo((50 + 70 + 2 * 80) / 4.0);
    // (2 + 3 + 2 * 3) / 4 = 2.75: the blocks have not reached 3 on average.
    assertThat(overall.level()).isEqualTo(2);
    assertThat(new MaturityScoring.Overall().add(1, 10, 3).add(2, 10, 3).level()).isEqualTo(3);
  }

  @Test
  void anExactMeanIsNotLostToRounding() {
    MaturityScoring.Overall overall = new MaturityScoring.Overall();
    for (int i = 0; i < 10; i++) {
      overall.add(0.1, 0, 3);
    }
    assertThat(overall.level()).isEqualTo(3);
  }

  @Test
  void withoutWeightsTheOverallIsInitial() {
    MaturityScoring.Overall none = new MaturityScoring.Overall();
    assertThat(none.score()).isZero();
    assertThat(none.level()).isEqualTo(1);
    assertThat(new MaturityScoring.Overall().add(0, 90, 5).level()).isEqualTo(1);
  }

  @Test
  void peerGapsAndRounding() {
    assertThat(MaturityScoring.peerGap(4, 2)).isEqualTo(2);
    assertThat(MaturityScoring.peerGap(1, 3)).isEqualTo(-2);
    assertThat(MaturityScoring.rounded(72.45)).isEqualTo(72.5);
    assertThat(MaturityScoring.rounded(72.44)).isEqualTo(72.4);
    assertThat(Scores.rounded(66.666)).isEqualTo(66.7);
  }

  @Test
  void levelNamesComeFromTheModel() {
    List<MaturityLevel> levels =
        List.of(new MaturityLevel(1, "Initial"), new MaturityLevel(2, "Managed"));
    assertThat(MaturityScoring.levelName(levels, 2)).isEqualTo("Managed");
    assertThat(MaturityScoring.levelName(levels, 4)).isEqualTo("Level 4");
    assertThat(Scores.levelName(List.<Object>copyOf(levels), 1)).isEqualTo("Initial");
  }
}
