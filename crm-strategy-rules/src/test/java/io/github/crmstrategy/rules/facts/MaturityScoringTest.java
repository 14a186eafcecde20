package io.github.crmstrategy.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The maturity arithmetic the DRL helpers and the engine share. */
class MaturityScoringTest {
  private static final double PASS = 0.6;

  private static MaturityCriterion criterion(
      String id, String block, int tier, double weight, boolean required) {
    return new MaturityCriterion(id, block, tier, weight, id, "m." + id, 1, 0.5, required);
  }

  private static CriterionScore score(EvidenceScope scope, String id, String block, double ratio) {
    return new CriterionScore(scope, id, block, 1, ratio, ratio, "evidence of " + id, "");
  }

  @Test
  void aBlockScoresTheShareOfItsPointsEarned() {
    assertThat(MaturityScoring.blockScore(3, 4)).isEqualTo(75.0);
    assertThat(MaturityScoring.blockScore(0, 0)).isZero();
    assertThat(MaturityScoring.points(2, 0.5)).isEqualTo(1.0);
    assertThat(Scores.score(3, 4)).isEqualTo(MaturityScoring.blockScore(3, 4));
  }

  @Test
  void aCriterionIsMetPartlyMetOrUnmetAtItsThresholds() {
    assertThat(MaturityScoring.credit(0.6, 0.6, 0.3, 0.5)).isEqualTo(1);
    assertThat(MaturityScoring.credit(0.59, 0.6, 0.3, 0.5)).isEqualTo(0.5);
    assertThat(MaturityScoring.credit(0.3, 0.6, 0.3, 0.5)).isEqualTo(0.5);
    assertThat(MaturityScoring.credit(0.29, 0.6, 0.3, 0.5)).isZero();
    // Without partial credit (partialFrom at fullAt) it is all or nothing.
    assertThat(MaturityScoring.credit(0.9, 1, 1, 0.5)).isZero();
    // The partial credit is the parameter's.
    assertThat(MaturityScoring.credit(0.4, 0.6, 0.3, 0.25)).isEqualTo(0.25);
  }

  @Test
  void aRequiredCriterionMustBeMetInFullForItsTier() {
    List<MaturityCriterion> criteria =
        List.of(
            criterion("A", "vision", 2, 3, true),
            criterion("B", "vision", 2, 1, false),
            criterion("C", "vision", 3, 1, true));
    // Tier 2 earns 3.5 of 4 points, but its required criterion is only partly met.
    assertThat(
            MaturityScoring.stagedLevel(
                criteria,
                List.of(
                    score(EvidenceScope.CURRENT, "A", "vision", 0.5),
                    score(EvidenceScope.CURRENT, "B", "vision", 1)),
                PASS))
        .isEqualTo(1);
    assertThat(
            MaturityScoring.stagedLevel(
                criteria,
                List.of(
                    score(EvidenceScope.CURRENT, "A", "vision", 1),
                    score(EvidenceScope.CURRENT, "C", "vision", 1)),
                PASS))
        .isEqualTo(3);
  }

  @Test
  void theBestOfSeveralScoresOfOneCriterionCounts() {
    List<MaturityCriterion> criteria = List.of(criterion("A", "vision", 2, 1, true));
    assertThat(
            MaturityScoring.stagedLevel(
                criteria,
                List.of(
                    score(EvidenceScope.CURRENT, "A", "vision", 0),
                    score(EvidenceScope.CURRENT, "A", "vision", 1)),
                PASS))
        .isEqualTo(2);
  }

  @Test
  void capsAndPrerequisitesHoldLevelsAndSayWhy() {
    List<BlockWeight> blocks =
        List.of(new BlockWeight("information", 1), new BlockWeight("metrics", 1));
    List<MaturityCriterion> criteria =
        List.of(
            criterion("I2", "information", 2, 1, true),
            criterion("I3", "information", 3, 1, true),
            criterion("M2", "metrics", 2, 1, true),
            criterion("M3", "metrics", 3, 1, true),
            criterion("M4", "metrics", 4, 1, true));
    List<CriterionScore> scores =
        List.of(
            score(EvidenceScope.CURRENT, "I2", "information", 1),
            score(EvidenceScope.CURRENT, "I3", "information", 1),
            score(EvidenceScope.CURRENT, "M2", "metrics", 1),
            score(EvidenceScope.CURRENT, "M3", "metrics", 1),
            score(EvidenceScope.CURRENT, "M4", "metrics", 1),
            // another scope's scores never count
            score(EvidenceScope.TARGET, "I2", "information", 0));
    LevelCap split =
        new LevelCap(
            EvidenceScope.CURRENT,
            "information",
            1,
            "CAP-X",
            "Customer data is split",
            "SWOT weakness W1 'split'",
            io.github.crmstrategy.model.ElementPath.parse("corporatePlan.swot.weaknesses[W1]"));
    List<MaturityPrerequisite> prerequisites =
        List.of(new MaturityPrerequisite("metrics", "information", 1));

    Map<String, MaturityScoring.BlockOutcome> free =
        MaturityScoring.profile(
            EvidenceScope.CURRENT, blocks, criteria, scores, List.of(), prerequisites, PASS);
    assertThat(free.get("information").level()).isEqualTo(3);
    assertThat(free.get("metrics").level()).isEqualTo(4);

    Map<String, MaturityScoring.BlockOutcome> held =
        MaturityScoring.profile(
            EvidenceScope.CURRENT, blocks, criteria, scores, List.of(split), prerequisites, PASS);
    assertThat(held.get("information").stagedLevel()).isEqualTo(3);
    assertThat(held.get("information").level()).isEqualTo(1);
    assertThat(held.get("information").heldBy())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.kind()).isEqualTo("cap");
              assertThat(h.text()).contains("Customer data is split").contains("'split'");
            });
    // Lowering information lowers metrics, which rests on it, and says so.
    assertThat(held.get("metrics").level()).isEqualTo(2);
    assertThat(held.get("metrics").heldBy())
        .extracting(MaturityScoring.Hold::kind)
        .containsExactly("prerequisite");
  }

  @Test
  void whatHoldsABlockAreTheUnmetCriteriaOfItsNextTierRequiredFirst() {
    List<BlockWeight> blocks = List.of(new BlockWeight("vision", 1));
    List<MaturityCriterion> criteria =
        List.of(
            criterion("A2", "vision", 2, 1, true),
            criterion("B3", "vision", 3, 1, false),
            criterion("C3", "vision", 3, 1, true),
            criterion("D4", "vision", 4, 1, true));
    Map<String, MaturityScoring.BlockOutcome> p =
        MaturityScoring.profile(
            EvidenceScope.CURRENT,
            blocks,
            criteria,
            List.of(score(EvidenceScope.CURRENT, "A2", "vision", 1)),
            List.of(),
            List.of(),
            PASS);
    assertThat(p.get("vision").level()).isEqualTo(2);
    assertThat(p.get("vision").heldBy())
        .extracting(MaturityScoring.Hold::id)
        .containsExactly("C3", "B3");
    assertThat(p.get("vision").heldByText()).contains("C3 unmet (required for level 3)");
  }

  @Test
  void theOverallLevelIsWhatMoreThanHalfTheBlocksReachAtMostOneAboveTheWeakest() {
    MaturityScoring.Overall mostlyFour = new MaturityScoring.Overall();
    for (int i = 0; i < 7; i++) {
      mostlyFour.add("b" + i, 1, 80, 4);
    }
    mostlyFour.add("weak", 1, 50, 3);
    assertThat(mostlyFour.majorityLevel()).isEqualTo(4);
    assertThat(mostlyFour.level(1)).isEqualTo(4);
    assertThat(mostlyFour.explanation(1, l -> "L" + l))
        .startsWith("Overall level 4 (L4): 7 of 8 blocks reach level 4, more than half of them")
        .contains("the weakest block (weak) is at level 3");

    // Exactly half is not more than half.
    MaturityScoring.Overall split = new MaturityScoring.Overall();
    for (int i = 0; i < 4; i++) {
      split.add("low" + i, 1, 40, 2).add("high" + i, 1, 70, 3);
    }
    assertThat(split.level(1)).isEqualTo(2);

    // One block left behind holds the whole down.
    MaturityScoring.Overall oneBehind = new MaturityScoring.Overall();
    for (int i = 0; i < 7; i++) {
      oneBehind.add("b" + i, 1, 90, 4);
    }
    oneBehind.add("initial", 1, 10, 1);
    assertThat(oneBehind.majorityLevel()).isEqualTo(4);
    assertThat(oneBehind.level(1)).isEqualTo(2);
    assertThat(oneBehind.explanation(1, l -> "L" + l)).contains(", so 2 rather than 4.");
    assertThat(oneBehind.level(3)).isEqualTo(4);
  }

  @Test
  void weightsDecideTheMajorityAndZeroWeightBlocksDoNotCount() {
    MaturityScoring.Overall weighted =
        new MaturityScoring.Overall().add("a", 3, 90, 4).add("b", 1, 10, 3).add("c", 1, 10, 3);
    assertThat(weighted.majorityLevel()).isEqualTo(4);
    assertThat(weighted.score()).isEqualTo((3 * 90 + 10 + 10) / 5.0);
    MaturityScoring.Overall ignored =
        new MaturityScoring.Overall().add("a", 1, 50, 3).add("x", 0, 0, 1);
    assertThat(ignored.weakestLevel()).isEqualTo(3);
    assertThat(ignored.level(1)).isEqualTo(3);
  }

  @Test
  void withoutWeightsTheOverallIsInitial() {
    MaturityScoring.Overall none = new MaturityScoring.Overall();
    assertThat(none.score()).isZero();
    assertThat(none.level(1)).isEqualTo(1);
    assertThat(new MaturityScoring.Overall().add(0, 90, 5).level(1)).isEqualTo(1);
  }

  @Test
  void theRouteCountsYearsAndLevelSteps() {
    assertThat(MaturityScoring.yearsBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1)))
        .isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(MaturityScoring.yearsBetween(null, LocalDate.of(2028, 1, 1))).isZero();
    assertThat(MaturityScoring.yearsBetween(LocalDate.of(2028, 1, 1), LocalDate.of(2026, 1, 1)))
        .isZero();
    assertThat(MaturityScoring.yearsNeeded(2, 1.5)).isEqualTo(3.0);
    assertThat(MaturityScoring.withinPace(1, 1.5, 2.1)).isTrue();
    assertThat(MaturityScoring.withinPace(2, 1.5, 2.1)).isFalse();
    assertThat(MaturityScoring.withinPace(0, 1.5, 0)).isTrue();
  }

  @Test
  void peerGapsAndRounding() {
    assertThat(MaturityScoring.peerGap(4, 2)).isEqualTo(2);
    assertThat(MaturityScoring.peerGap(1, 3)).isEqualTo(-2);
    assertThat(MaturityScoring.rounded(72.45)).isEqualTo(72.5);
    assertThat(MaturityScoring.rounded(72.44)).isEqualTo(72.4);
    assertThat(MaturityScoring.rounded2(0.2857)).isEqualTo(0.29);
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
