package io.github.crmstrategy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.CompetitivePosition;
import io.github.crmstrategy.model.Competitor;
import io.github.crmstrategy.model.ImmutableCurrentState;
import io.github.crmstrategy.model.ImmutablePlanDocument;
import io.github.crmstrategy.model.ImmutablePriorInitiative;
import io.github.crmstrategy.model.InitiativeOutcome;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.Revision;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The maturity scoring model and the MAT-xxx findings, on the reference plan and variants of it.
 */
class MaturityRulesTest {
  private static final Reviewer REVIEWER = Reviewer.withDefaultRules();
  private static final PlanDocument NORTHWIND = AlignmentFixtures.NORTHWIND;

  private static ImmutableCurrentState state() {
    return ImmutableCurrentState.copyOf(NORTHWIND.currentState().orElseThrow());
  }

  private static PlanDocument withState(ImmutableCurrentState s) {
    return ImmutablePlanDocument.copyOf(NORTHWIND).withCurrentState(s);
  }

  private static BlockMaturity block(PlanDocument plan, BuildingBlock b) {
    return REVIEWER.assess(plan).maturity().blocks().get(b);
  }

  @Test
  void referencePlanIsDefinedOverallAndExplainsEveryBlock() {
    MaturityResult m = REVIEWER.assess(NORTHWIND).maturity();
    assertThat(m.level()).isEqualTo(3);
    assertThat(m.levelName()).isEqualTo("Defined");
    // Every criterion of the model appears as evidence of its block, with its tier and weight.
    for (BlockMaturity b : m.blocks().values()) {
      assertThat(b.evidence()).isNotEmpty();
      assertThat(b.evidence()).allSatisfy(e -> assertThat(e.tier()).isBetween(2, 5));
      double possible = b.evidence().stream().mapToDouble(MaturityEvidence::weight).sum();
      double earned = b.evidence().stream().mapToDouble(MaturityEvidence::points).sum();
      assertThat(b.score())
          .isCloseTo(100 * earned / possible, org.assertj.core.data.Offset.offset(0.2));
    }
    assertThat(m.blocks().get(BuildingBlock.VISION).selfAssessedLevel()).hasValue(2);
    assertThat(m.blocks().get(BuildingBlock.VISION).peerGaps())
        .containsEntry(
            "Regional operators median", 3 - m.blocks().get(BuildingBlock.VISION).level());
  }

  @Test
  void aFailedPriorInitiativeKeepsCollaborationBelowOptimising() {
    ImmutablePriorInitiative failed =
        ImmutablePriorInitiative.copyOf(state().priorInitiatives().get(0));
    PlanDocument succeeded =
        withState(state().withPriorInitiatives(failed.withOutcome(InitiativeOutcome.SUCCEEDED)));
    assertThat(block(NORTHWIND, BuildingBlock.COLLABORATION).level()).isEqualTo(4);
    assertThat(block(succeeded, BuildingBlock.COLLABORATION).level()).isEqualTo(5);
    assertThat(block(succeeded, BuildingBlock.TECHNOLOGY).level()).isEqualTo(5);
  }

  @Test
  void competitorsAheadHoldStrategyBackAndUnrevisedPlansHoldVisionBack() {
    PlanDocument nobodyAhead =
        withState(
            state()
                .withCompetitors(
                    Competitor.builder()
                        .name("Bluewave Mobile")
                        .position(CompetitivePosition.LEVEL)
                        .build()));
    assertThat(block(NORTHWIND, BuildingBlock.STRATEGY).level()).isEqualTo(4);
    assertThat(block(nobodyAhead, BuildingBlock.STRATEGY).level()).isEqualTo(5);

    PlanDocument firstDraft =
        ImmutablePlanDocument.copyOf(NORTHWIND).withRevision(Revision.builder().number(1).build());
    assertThat(block(firstDraft, BuildingBlock.VISION).level()).isLessThan(4);
  }

  @Test
  void mat001FiresWhenBlocksAreFarApartAndNotOnTheReference() {
    assertThat(REVIEWER.assess(NORTHWIND).findingsOf("MAT-001")).isEmpty();
    PlanDocument lopsided =
        ImmutablePlanDocument.copyOf(NORTHWIND).withCrmConcept(java.util.Optional.empty());
    AssessmentReport report = REVIEWER.assess(lopsided);
    Map<BuildingBlock, BlockMaturity> blocks = report.maturity().blocks();
    int min = blocks.values().stream().mapToInt(BlockMaturity::level).min().orElseThrow();
    int max = blocks.values().stream().mapToInt(BlockMaturity::level).max().orElseThrow();
    assertThat(max - min).isGreaterThan(2);
    assertThat(report.findingsOf("MAT-001"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path().isRoot()).isTrue();
              assertThat(f.message())
                  .contains((max - min) + " levels apart")
                  .contains("technology");
            });
  }

  @Test
  void mat002FiresWhenTheSelfAssessmentClaimsMoreThanTheEvidence() {
    PlanDocument claims =
        withState(state().withSelfAssessment(ImmutableMap.of(BuildingBlock.METRICS, 5)));
    assertThat(REVIEWER.assess(claims).findingsOf("MAT-002"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).hasToString("currentState.selfAssessment.metrics");
              assertThat(f.message()).contains("level 5").contains("level 3");
            });
    // Near miss: one level above the evidence is within the tolerance.
    PlanDocument close =
        withState(state().withSelfAssessment(ImmutableMap.of(BuildingBlock.METRICS, 4)));
    assertThat(REVIEWER.assess(close).findingsOf("MAT-002")).isEmpty();
  }

  @Test
  void mat004NotesAPlanThatEvidencesMoreThanItsSelfAssessment() {
    AssessmentReport report = REVIEWER.assess(NORTHWIND);
    // one self-assessment, one finding: the blocks it undersells are listed in it
    assertThat(report.findingsOf("MAT-004"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .contains("Block 'information' is self-assessed at level 1")
                  .doesNotContain("'customerExperience'");
              assertThat(f.evidence().get("folded"))
                  .contains("MAT-004 currentState.selfAssessment.information");
            });
    assertThat(report.findingsOf("MAT-004")).allMatch(f -> f.severity() == Severity.INFO);
  }

  @Test
  void mat003NamesAPeerTwoLevelsAhead() {
    PlanDocument strongPeer =
        withState(
            state()
                .withPeers(
                    io.github.crmstrategy.model.PeerProfile.builder()
                        .name("Market leader")
                        .putMaturity(BuildingBlock.METRICS, 5)
                        .putMaturity(BuildingBlock.VISION, 5)
                        .build()));
    List<Finding> found = REVIEWER.assess(strongPeer).findingsOf("MAT-003");
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path())
                  .hasToString("currentState.peers[Market leader].maturity.metrics");
              assertThat(f.message()).contains("Market leader").contains("level 5");
            });
  }

  @Test
  void mat005FlagsBlocksAtTheInitialLevel() {
    assertThat(REVIEWER.assess(NORTHWIND).findingsOf("MAT-005")).isEmpty();
    PlanDocument noCurrentState =
        ImmutablePlanDocument.copyOf(NORTHWIND)
            .withCurrentState(java.util.Optional.empty())
            .withCrmStrategy(
                io.github.crmstrategy.model.ImmutableCrmStrategy.copyOf(
                        NORTHWIND.crmStrategy().orElseThrow())
                    .withLoyalty(java.util.Optional.empty())
                    .withInteraction(java.util.Optional.empty())
                    .withAdvocacy(java.util.Optional.empty()));
    assertThat(REVIEWER.assess(noCurrentState).findingsOf("MAT-005"))
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("'customerExperience' is at level 1"));
  }
}
