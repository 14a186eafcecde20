package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.ImmutablePlanDocument;
import io.github.crmstrategy.model.ImmutableRevision;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.Revision;
import io.github.crmstrategy.rules.CriterionStatus;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.FindingKey;
import io.github.crmstrategy.samples.Samples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Trends across revisions: the bundled revision pairs, and a pharmacy chain's three revisions (test
 * resources under {@code trend/linden-pharmacies}) whose story is known: revision 2 is the draft
 * reworked after a review (the document improves, a programme owner is appointed), revision 3 the
 * plan half a year on (the patient database went live, the board raised the refill target too far).
 */
class TrendTest {

  private static List<FindingKey> keys(List<Finding> findings) {
    return findings.stream().map(FindingKey::of).toList();
  }

  private static Trend.BlockTrend block(Trend t, BuildingBlock b) {
    return t.blocks().stream().filter(x -> x.block().equals(Optional.of(b))).findFirst().get();
  }

  private static Optional<Trend.BlockChange> change(Trend.Step s, BuildingBlock b) {
    return s.blocks().stream().filter(x -> x.block() == b).findFirst();
  }

  @Test
  void aBundledPairAsATrendOpensAndResolvesWhatTheComparisonCallsNewAndResolved() {
    for (List<String> pair : SampleReports.REVISIONS) {
      Comparison c = SampleReports.compare(pair.get(0), pair.get(1));
      Trend t =
          Trend.of(
              List.of(SampleReports.reviewed(pair.get(0)), SampleReports.reviewed(pair.get(1))));

      assertThat(t.steps()).hasSize(1);
      Trend.Step step = t.steps().get(0);
      assertThat(keys(step.resolved())).as(pair.toString()).isEqualTo(keys(c.resolved()));
      assertThat(keys(step.opened())).as(pair.toString()).isEqualTo(keys(c.introduced()));
      for (Comparison.MaturityChange m : c.blocks()) {
        Trend.BlockTrend b = block(t, m.block().orElseThrow());
        assertThat(b.points().get(0).score()).isEqualTo(m.oldScore());
        assertThat(b.points().get(1).score()).isEqualTo(m.newScore());
        assertThat(b.points().get(1).targetLevel()).isEqualTo(m.newTargetLevel());
      }
      assertThat(t.warnings()).isEmpty();
    }
  }

  @Test
  void theWeakPlansSecondRevisionMovesMetricsByItsBaselines() {
    Trend t =
        Trend.of(
            List.of(
                SampleReports.reviewed(Samples.WEAK_PLAN),
                SampleReports.reviewed(Samples.WEAK_PLAN_REV2)));

    Trend.BlockChange metrics = change(t.steps().get(0), BuildingBlock.METRICS).orElseThrow();
    assertThat(metrics.from().level()).isEqualTo(1);
    assertThat(metrics.to().level()).isEqualTo(2);
    assertThat(metrics.criteria())
        .anySatisfy(
            c -> {
              assertThat(c.criterion()).isEqualTo("MET-BASELINES");
              assertThat(c.scope()).isEqualTo(Trend.Scope.TODAY);
              assertThat(c.newStatus()).isEqualTo(CriterionStatus.MET);
              assertThat(c.pointsDelta()).isPositive();
            });
    // A block whose maturity did not move and whose criteria did not change is not listed.
    assertThat(change(t.steps().get(0), BuildingBlock.VISION)).isEmpty();
  }

  @Test
  void theTravelCompanysSecondRevisionImprovesTheDocumentButMovesNoBlock() {
    Trend t =
        Trend.of(
            List.of(
                SampleReports.reviewed(Samples.TRAVEL_COMPANY),
                SampleReports.reviewed(Samples.TRAVEL_COMPANY_REV2)));

    assertThat(t.steps().get(0).blocks()).isEmpty();
    assertThat(t.steps().get(0).opened()).isEmpty();
    assertThat(t.steps().get(0).resolved()).isNotEmpty();
    assertThat(t.documentQuality().get(1)).isGreaterThan(t.documentQuality().get(0));
  }

  @Test
  void aFolderOfRevisionsIsOrderedByRevisionNumber() {
    List<ReviewedPlan> revs = SampleReports.pharmacy();
    Trend t = Trend.inRevisionOrder(List.of(revs.get(2), revs.get(0), revs.get(1)));

    assertThat(t.order()).isEqualTo(Trend.Order.REVISION_NUMBER);
    assertThat(t.revisions()).extracting(ReviewedPlan::name).isEqualTo(SampleReports.PHARMACY);
    assertThat(t.warnings()).isEmpty();
  }

  @Test
  void thePharmacyChainClimbsRevisionByRevision() {
    Trend t = Trend.of(SampleReports.pharmacy());

    assertThat(t.steps()).hasSize(2);
    // Revision 2 reworks the document: most of the draft's findings are resolved.
    Trend.Step review = t.steps().get(0);
    assertThat(review.resolved().size()).isGreaterThan(3 * review.opened().size());
    assertThat(t.documentQuality().get(1)).isGreaterThan(t.documentQuality().get(0) + 30);
    // The programme owner appointed in April lifts vision today, by its leadership criterion.
    Trend.BlockChange vision = change(review, BuildingBlock.VISION).orElseThrow();
    assertThat(vision.from().level()).isEqualTo(1);
    assertThat(vision.to().level()).isEqualTo(2);
    assertThat(vision.criteria())
        .anySatisfy(
            c -> {
              assertThat(c.criterion()).isEqualTo("VIS-LEADER");
              assertThat(c.scope()).isEqualTo(Trend.Scope.BOTH);
              assertThat(c.newDetail()).contains("CRM programme owner");
            });
    // Today's information block waits for the patient database: level 2 in revisions 1 and 2,
    // level 3 once it is live (revision 3), when the cap of split customer data is lifted.
    assertThat(block(t, BuildingBlock.INFORMATION).points())
        .extracting(Trend.Point::level)
        .containsExactly(2, 2, 3);
    Trend.BlockChange information =
        change(t.steps().get(1), BuildingBlock.INFORMATION).orElseThrow();
    assertThat(information.criteria())
        .anySatisfy(
            c -> {
              assertThat(c.criterion()).isEqualTo("INF-INTEGRATED");
              assertThat(c.scope()).isEqualTo(Trend.Scope.TODAY);
              assertThat(c.oldStatus()).isEqualTo(CriterionStatus.UNMET);
              assertThat(c.newStatus()).isEqualTo(CriterionStatus.MET);
              assertThat(c.newDetail()).contains("DATA-PATIENT integrated");
            });
    assertThat(information.holds())
        .anySatisfy(
            h -> {
              assertThat(h.lifted()).isTrue();
              assertThat(h.scope()).isEqualTo(Trend.Scope.TODAY);
              assertThat(h.hold().text()).contains("split");
            });
    // The board's refill target of 95 percent by mid-2027 opens a realism finding; the change
    // manager appointed in July resolves the one about managing the change.
    Trend.Step halfYear = t.steps().get(1);
    assertThat(halfYear.opened())
        .anySatisfy(
            f -> {
              assertThat(f.ruleId()).isEqualTo("REAL-017");
              assertThat(f.path()).hasToString("crmStrategy.goals[CG1].indicators[REFILL]");
            });
    assertThat(halfYear.resolved()).extracting(Finding::ruleId).contains("ALIGN-041");
    assertThat(halfYear.comparison().movedTargets())
        .singleElement()
        .satisfies(m -> assertThat(m.path().toString()).endsWith("[REFILL]"));
    // Overall: level 1 in the draft, 3 today half a year later.
    assertThat(t.overall().points()).extracting(Trend.Point::level).containsExactly(1, 2, 3);
  }

  @Test
  void revisionsGivenAgainstTheirNumbersAreShownAsGivenWithAWarning() {
    List<ReviewedPlan> revs = new ArrayList<>(SampleReports.pharmacy());
    java.util.Collections.reverse(revs);

    Trend t = Trend.of(revs);

    assertThat(t.order()).isEqualTo(Trend.Order.GIVEN);
    assertThat(t.revisions().get(0).name()).endsWith("rev3.yaml");
    assertThat(t.warnings())
        .hasSize(2)
        .first()
        .asString()
        .contains("rev2.yaml (revision 2) comes after", "rev3.yaml (revision 3)");
  }

  @Test
  void revisionsOfDifferentOrganisationsAreComparedWithAWarningNamingEach() {
    Trend t =
        Trend.of(
            List.of(
                SampleReports.reviewed(Samples.WEAK_PLAN),
                SampleReports.reviewed(Samples.WEAK_PLAN_REV2),
                SampleReports.reviewed(Samples.TRAVEL_COMPANY)));

    assertThat(t.warnings())
        .anySatisfy(
            w ->
                assertThat(w)
                    .contains(
                        "2 different organisations",
                        "'Harbor Street Outfitters' (weak-plan.yaml, weak-plan-rev2.yaml)",
                        "'Meridian Travel' (travel-company.yaml)"));
  }

  private static ReviewedPlan withRevision(String name, ReviewedPlan p, Optional<Revision> r) {
    PlanDocument plan = ImmutablePlanDocument.copyOf(p.plan()).withRevision(r);
    return ReviewedPlan.of(name, plan, p.report());
  }

  @Test
  void withoutRevisionNumbersADateOrdersThemAndWithoutEitherTheName() {
    ReviewedPlan p = SampleReports.reviewed(Samples.WEAK_PLAN);
    ReviewedPlan a =
        withRevision(
            "b.yaml",
            p,
            Optional.of(ImmutableRevision.builder().date(LocalDate.of(2026, 1, 1)).build()));
    ReviewedPlan b =
        withRevision(
            "a.yaml",
            p,
            Optional.of(ImmutableRevision.builder().date(LocalDate.of(2026, 3, 1)).build()));
    ReviewedPlan c = withRevision("c.yaml", p, Optional.empty());

    Trend byDate = Trend.inRevisionOrder(List.of(b, a));
    Trend byName = Trend.inRevisionOrder(List.of(c, b, a));

    assertThat(byDate.order()).isEqualTo(Trend.Order.REVISION_DATE);
    assertThat(byDate.revisions())
        .extracting(ReviewedPlan::name)
        .containsExactly("b.yaml", "a.yaml");
    assertThat(byName.order()).isEqualTo(Trend.Order.NAME);
    assertThat(byName.revisions())
        .extracting(ReviewedPlan::name)
        .containsExactly("a.yaml", "b.yaml", "c.yaml");
    assertThat(byName.order().words()).contains("file name");
  }

  @Test
  void aTrendNeedsTwoRevisions() {
    assertThatThrownBy(() -> Trend.of(List.of(SampleReports.reviewed(Samples.WEAK_PLAN))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two revisions");
  }

  @Test
  void everyFormatRendersATrendAndTheCiFormatsSayTheyHaveNone() {
    Trend t = Trend.of(SampleReports.pharmacy());

    assertThat(ReportRenderer.of(ReportFormat.TEXT).render(t))
        .startsWith("CRM strategy trend: Linden Pharmacies, 3 revisions");
    assertThat(ReportRenderer.of(ReportFormat.MARKDOWN).render(t))
        .startsWith("## CRM strategy trend: Linden Pharmacies");
    assertThat(ReportRenderer.of(ReportFormat.JSON).render(t)).contains("\"kind\" : \"trend\"");
    assertThat(ReportRenderer.of(ReportFormat.HTML).render(t))
        .contains("<svg class=\"trend-chart\"", "<desc id=\"trend-information-desc\">");
    for (ReportFormat f : List.of(ReportFormat.SARIF, ReportFormat.JUNIT, ReportFormat.GITHUB)) {
      assertThatThrownBy(() -> ReportRenderer.of(f).render(t))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("no form for a trend");
    }
  }
}
