package io.github.crmstrategy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The boundary rules fail on deliberate violations (fixture classes in this module's tests, which
 * {@link BoundariesTest} itself does not import), so a rule that silently matches nothing is
 * caught.
 */
class BoundariesMetaTest {
  private static final JavaClasses FIXTURES =
      new ClassFileImporter()
          .importPackages(
              "io.github.crmstrategy.report.fixture",
              "io.github.crmstrategy.rules.facts.fixture",
              "io.github.crmstrategy.fixture",
              "io.github.crmstrategy.fixturea",
              "io.github.crmstrategy.fixtureb");

  private static String violations(ArchRule rule) {
    EvaluationResult result = rule.evaluate(FIXTURES);
    assertThat(result.hasViolation()).as("%s finds the planted violation", rule).isTrue();
    return String.join("\n", result.getFailureReport().getDetails());
  }

  @Test
  void reachingIntoAnotherModulesInternalsIsCaughtWithThePlace() {
    assertThat(violations(BoundariesTest.internalsStayInTheirModule))
        .contains("RendererUsingTheEngine")
        .contains("reaches into crm-strategy-rules's internals")
        .contains("RuleData");
  }

  @Test
  void reportCodeUsingTheEngineIsCaught() {
    assertThat(violations(BoundariesTest.reportsDoNotDependOnTheEngine))
        .contains("org.kie.api.KieBase");
  }

  @Test
  void factsUsingDroolsBeyondTheContractAreCaught() {
    assertThat(violations(BoundariesTest.factsNeedOnlyTheDrlContract)).contains("KieSession");
  }

  @Test
  void cyclesAmongInternalPackagesAreCaught() {
    assertThat(violations(BoundariesTest.noCyclesAmongInternalPackages))
        .contains("fixture.internal");
  }

  @Test
  void packageCyclesAreCaught() {
    assertThat(violations(BoundariesTest.noPackageCycles))
        .contains("fixturea")
        .contains("fixtureb");
  }

  @Test
  void printingFromLibraryCodeIsCaught() {
    assertThat(violations(BoundariesTest.librariesDoNotPrint)).contains("System.out");
  }

  @Test
  void modulesAreToldApartByWhereTheirClassesComeFrom() {
    JavaClasses main = new ClassFileImporter().importPackages("io.github.crmstrategy.model");
    assertThat(BoundariesTest.moduleOf(main.get(io.github.crmstrategy.model.PlanDocument.class)))
        .isEqualTo("crm-strategy-core");
    assertThat(
            BoundariesTest.moduleOf(
                FIXTURES.get(io.github.crmstrategy.report.fixture.RendererUsingTheEngine.class)))
        .isEqualTo("crm-strategy-architecture");
  }
}
