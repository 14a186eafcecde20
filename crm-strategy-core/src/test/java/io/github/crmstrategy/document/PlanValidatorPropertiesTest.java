package io.github.crmstrategy.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.testing.PlanBreaker;
import io.github.crmstrategy.testing.PlanGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of validation over generated plans. */
class PlanValidatorPropertiesTest {

  @Test
  void acceptsEveryGeneratedValidPlan() {
    qt().forAll(PlanGenerators.validPlans())
        .checkAssert(plan -> assertThat(PlanValidator.validate(plan)).isEmpty());
  }

  @Test
  void acceptsEveryGeneratedCompletePlan() {
    qt().forAll(PlanGenerators.completePlans())
        .checkAssert(plan -> assertThat(PlanValidator.validate(plan)).isEmpty());
  }

  @Test
  void acceptsScaledPlans() {
    for (int factor : new int[] {1, 2, 10}) {
      assertThat(PlanValidator.validate(PlanGenerators.scaled(factor))).isEmpty();
    }
  }

  @Test
  void breakingNothingKeepsThePlan() {
    qt().forAll(PlanGenerators.completePlans())
        .checkAssert(
            plan -> {
              for (PlanBreaker.ReferenceSite site : PlanBreaker.referenceSites(plan)) {
                PlanDocument same = PlanBreaker.breakReference(plan, site, site.id()).plan();
                assertThat(same).isEqualTo(plan);
              }
            });
  }

  @Test
  void oneDanglingReferenceIsExactlyOneProblemAtItsPath() {
    qt().forAll(PlanGenerators.plansWithDanglingReferences(1))
        .checkAssert(
            broken ->
                assertThat(PlanValidator.validate(broken.plan()))
                    .extracting(Problem::path)
                    .containsExactlyElementsOf(broken.expectedPaths()));
  }

  @Test
  void oneWrongKindReferenceIsExactlyOneProblemAtItsPath() {
    qt().forAll(PlanGenerators.plansWithOneWrongKindReference())
        .checkAssert(
            broken -> {
              List<Problem> problems = PlanValidator.validate(broken.plan());
              assertThat(problems)
                  .extracting(Problem::path)
                  .containsExactlyElementsOf(broken.expectedPaths());
              assertThat(problems.get(0).message()).contains(", but it is ");
            });
  }

  @Test
  void collectsEveryProblemInDocumentOrder() {
    qt().forAll(PlanGenerators.plansWithDanglingReferences(2))
        .checkAssert(
            broken ->
                assertThat(PlanValidator.validate(broken.plan()))
                    .extracting(Problem::path)
                    .containsExactlyElementsOf(broken.expectedPaths()));
  }

  @Test
  void reportedPathsKeepTheirJsonPointer() {
    qt().forAll(PlanGenerators.plansWithDanglingReferences(1))
        .checkAssert(
            broken ->
                assertThat(PlanValidator.validate(broken.plan()))
                    .allSatisfy(p -> assertThat(p.path().jsonPointer()).isPresent()));
  }
}
