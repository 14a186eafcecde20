package io.github.crmstrategy.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmstrategy.model.ImmutableOrganization;
import io.github.crmstrategy.model.ImmutablePlanDocument;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.testing.PlanBreaker;
import io.github.crmstrategy.testing.PlanGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of validation over generated plans. */
class PlanValidatorPropertiesTest {
  /** Breaking rewrites the plan through a JSON tree, so those properties run fewer examples. */
  private static final int BREAKING_EXAMPLES = 200;

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
    qt().withExamples(BREAKING_EXAMPLES)
        .forAll(PlanGenerators.completePlans())
        .checkAssert(
            plan -> {
              List<PlanBreaker.ReferenceSite> sites = PlanBreaker.referenceSites(plan);
              if (!sites.isEmpty()) {
                PlanBreaker.ReferenceSite site = sites.get(sites.size() / 2);
                PlanDocument same = PlanBreaker.breakReference(plan, site, site.id()).plan();
                assertThat(same).isEqualTo(plan);
              }
            });
  }

  @Test
  void oneDanglingReferenceIsExactlyOneProblemAtItsPath() {
    qt().withExamples(BREAKING_EXAMPLES)
        .forAll(PlanGenerators.plansWithDanglingReferences(1))
        .checkAssert(
            broken -> {
              List<Problem> problems = PlanValidator.validate(broken.plan());
              assertThat(problems)
                  .extracting(Problem::path)
                  .containsExactlyElementsOf(broken.expectedPaths());
              assertThat(problems.get(0).message()).endsWith("', which does not exist");
              assertThat(problems.get(0).path().jsonPointer()).isPresent();
            });
  }

  @Test
  void oneWrongKindReferenceIsExactlyOneProblemAtItsPath() {
    qt().withExamples(BREAKING_EXAMPLES)
        .forAll(PlanGenerators.plansWithOneWrongKindReference())
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
    qt().withExamples(BREAKING_EXAMPLES)
        .forAll(PlanGenerators.plansWithDanglingReferences(2))
        .checkAssert(
            broken ->
                assertThat(PlanValidator.validate(broken.plan()))
                    .extracting(Problem::path)
                    .containsExactlyElementsOf(broken.expectedPaths()));
  }

  @Test
  void collectsProblemsOfDifferentKinds() {
    qt().withExamples(BREAKING_EXAMPLES)
        .forAll(PlanGenerators.plansWithDanglingReferences(1))
        .checkAssert(
            broken -> {
              PlanDocument plan =
                  ImmutablePlanDocument.copyOf(broken.plan())
                      .withFormatVersion(PlanDocument.CURRENT_FORMAT_VERSION + 1)
                      .withOrganization(
                          ImmutableOrganization.copyOf(broken.plan().organization())
                              .withEmployees(-3));
              assertThat(PlanValidator.validate(plan))
                  .extracting(p -> p.path().toString())
                  .containsExactly(
                      "formatVersion",
                      "organization.employees",
                      broken.expectedPaths().get(0).toString());
            });
  }
}
