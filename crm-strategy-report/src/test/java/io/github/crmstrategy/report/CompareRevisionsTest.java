package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.samples.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled second revisions fix part of their first revision's findings. */
class CompareRevisionsTest {

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId() + " " + f.path() + " " + f.message()).toList();
  }

  @Test
  void eachSecondRevisionResolvesFindingsAndMovesATarget() {
    for (List<String> pair : SampleReports.REVISIONS) {
      Comparison c = SampleReports.compare(pair.get(0), pair.get(1));

      assertThat(c.resolved()).as(pair.toString()).isNotEmpty();
      assertThat(c.movedTargets()).as(pair.toString()).isNotEmpty();
      // A better document is not a more mature company: the revisions improve the plan, not what
      // the company runs today.
      assertThat(c.documentQuality().newScore())
          .as(pair.toString())
          .isGreaterThan(c.documentQuality().oldScore());
      assertThat(c.overall().newLevel()).as(pair.toString()).isEqualTo(c.overall().oldLevel());
    }
  }

  @Test
  void travelRevisionMovesThePlatformDueDateAndLowersTheEngagementTarget() {
    Comparison c = SampleReports.compare(Samples.TRAVEL_COMPANY, Samples.TRAVEL_COMPANY_REV2);

    assertThat(c.movedTargets())
        .anySatisfy(
            t -> {
              assertThat(t.path()).hasToString("corporatePlan.goals[G4].indicators[G4-PLAT]");
              assertThat(t.dueMoved()).isTrue();
              assertThat(t.valueMoved()).isFalse();
            })
        .anySatisfy(
            t -> {
              assertThat(t.path()).hasToString("crmStrategy.goals[CG2].indicators[ENGAGED]");
              assertThat(t.valueMoved()).isTrue();
            });
    assertThat(c.resolved()).extracting(Finding::ruleId).contains("REAL-017", "REAL-020");
  }

  @Test
  void comparingTheSamplesIsSymmetric() {
    List<String> names = Samples.names();
    for (String a : names) {
      for (String b : names) {
        Comparison ab = SampleReports.compare(a, b);
        Comparison ba = SampleReports.compare(b, a);
        assertThat(keys(ab.resolved())).as(a + "->" + b).isEqualTo(keys(ba.introduced()));
        assertThat(keys(ab.introduced())).as(a + "->" + b).isEqualTo(keys(ba.resolved()));
        assertThat(ab.unchanged()).hasSameSizeAs(ba.unchanged());
      }
    }
  }
}
