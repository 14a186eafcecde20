package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.FindingKey;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.testing.PlanGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The bookkeeping of {@link Trend} over series of generated plans. */
class TrendPropertiesTest {
  private static final Reviewer REVIEWER = Reviewer.withDefaultRules();

  private static List<ReviewedPlan> reviewed(List<PlanDocument> plans) {
    List<ReviewedPlan> out = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      out.add(ReviewedPlan.of("rev" + (i + 1), plans.get(i), REVIEWER.assess(plans.get(i))));
    }
    return out;
  }

  /** The findings as a multiset of their keys (a rule may find one element more than once). */
  private static Map<FindingKey, Integer> keys(List<Finding> findings) {
    Map<FindingKey, Integer> m = new TreeMap<>();
    findings.forEach(f -> m.merge(FindingKey.of(f), 1, Integer::sum));
    return m;
  }

  private static Map<FindingKey, Integer> minus(
      Map<FindingKey, Integer> a, Map<FindingKey, Integer> b) {
    Map<FindingKey, Integer> m = new TreeMap<>(a);
    b.forEach(
        (k, n) -> {
          int left = m.getOrDefault(k, 0) - n;
          assertThat(left).as("resolved %s more often than it was there", k).isNotNegative();
          if (left == 0) {
            m.remove(k);
          } else {
            m.put(k, left);
          }
        });
    return m;
  }

  private static Map<FindingKey, Integer> plus(
      Map<FindingKey, Integer> a, Map<FindingKey, Integer> b) {
    Map<FindingKey, Integer> m = new TreeMap<>(a);
    b.forEach((k, n) -> m.merge(k, n, Integer::sum));
    return m;
  }

  @Test
  void eachRevisionsFindingsAreThePreviousOnesLessTheResolvedPlusTheOpened() {
    qt().withExamples(15)
        .forAll(lists().of(PlanGenerators.validPlans()).ofSizeBetween(3, 4))
        .checkAssert(
            plans -> {
              Trend t = Trend.of(reviewed(plans));
              assertThat(t.steps()).hasSize(plans.size() - 1);
              for (int n = 1; n < plans.size(); n++) {
                Trend.Step step = t.steps().get(n - 1);
                Map<FindingKey, Integer> before =
                    keys(t.revisions().get(n - 1).report().findings());
                Map<FindingKey, Integer> after = keys(t.revisions().get(n).report().findings());
                assertThat(plus(minus(before, keys(step.resolved())), keys(step.opened())))
                    .as("findings of revision %d", n + 1)
                    .isEqualTo(after);
                // Nothing is both opened and resolved by one revision.
                assertThat(
                        Collections.disjoint(
                            keys(step.opened()).keySet(), keys(step.resolved()).keySet()))
                    .isTrue();
              }
            });
  }

  @Test
  void everyBlockWhoseScoreMovedNamesTheCriteriaThatMovedIt() {
    qt().withExamples(15)
        .forAll(lists().of(PlanGenerators.validPlans()).ofSizeBetween(3, 4))
        .checkAssert(
            plans -> {
              Trend t = Trend.of(reviewed(plans));
              for (int n = 1; n < plans.size(); n++) {
                Trend.Step step = t.steps().get(n - 1);
                for (Trend.BlockTrend b : t.blocks()) {
                  Trend.Point from = b.points().get(n - 1);
                  Trend.Point to = b.points().get(n);
                  boolean moved =
                      from.score() != to.score() || from.targetScore() != to.targetScore();
                  java.util.Optional<Trend.BlockChange> change =
                      step.blocks().stream()
                          .filter(c -> c.block() == b.block().orElseThrow())
                          .findFirst();
                  if (moved) {
                    assertThat(change).as("%s in step %d", b.label(), n).isPresent();
                    assertThat(change.get().criteria()).isNotEmpty();
                    double gained =
                        change.get().criteria().stream()
                            .filter(c -> c.scope() != Trend.Scope.END_OF_PLAN)
                            .mapToDouble(Trend.CriterionChange::pointsDelta)
                            .sum();
                    // Today's score moves the way today's points do.
                    assertThat(Math.signum(gained))
                        .as("%s today in step %d", b.label(), n)
                        .isEqualTo(Math.signum(to.score() - from.score()));
                  }
                  if (!from.equals(to)) {
                    assertThat(change).as("%s in step %d", b.label(), n).isPresent();
                  }
                }
              }
            });
  }

  @Test
  void aSeriesOfIdenticalRevisionsHasAFlatTrendAndOpensAndResolvesNothing() {
    qt().withExamples(15)
        .forAll(PlanGenerators.validPlans(), integers().between(3, 5))
        .checkAssert(
            (plan, count) -> {
              Trend t = Trend.of(reviewed(Collections.nCopies(count, plan)));
              List<Trend.BlockTrend> rows = new ArrayList<>(t.blocks());
              rows.add(t.overall());
              for (Trend.BlockTrend b : rows) {
                assertThat(b.points()).hasSize(count).containsOnly(b.points().get(0));
                assertThat(b.scoreDelta()).isZero();
              }
              assertThat(t.documentQuality()).containsOnly(t.documentQuality().get(0));
              for (Trend.Step step : t.steps()) {
                assertThat(step.opened()).isEmpty();
                assertThat(step.resolved()).isEmpty();
                assertThat(step.blocks()).isEmpty();
                assertThat(step.comparison().movedTargets()).isEmpty();
              }
            });
  }
}
