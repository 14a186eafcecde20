package io.github.crmstrategy.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.testing.SamplePlans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The dynamic tests a host gets: the example workspace's cases, and what a failure shows. */
class RuleCaseTestsTest {
  @TempDir Path dir;

  /** How a host uses it: every case of the example analyst workspace, as a test of its own. */
  @TestFactory
  Stream<DynamicNode> theExampleWorkspace() {
    return RuleCaseTests.of(SamplePlans.WORKSPACE_FOLDER);
  }

  @Test
  void aFailingCaseFailsWithTheDiffAndBothSides() throws Exception {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Path file =
        Files.writeString(
            cases.resolve("owners.yaml"),
            """
            cases:
              - rule: ALIGN-013
                base: northwind-telecom
                breaks: {remove: ["corporatePlan.tasks[T1].owner"]}
                expect:
                  - {path: "corporatePlan.tasks[T2]"}
            """);
    List<DynamicNode> nodes = RuleCaseTests.of(Reviewer.withDefaultRules(), dir).toList();
    assertThat(nodes).singleElement().isInstanceOf(DynamicContainer.class);
    DynamicTest test =
        (DynamicTest) ((DynamicContainer) nodes.get(0)).getChildren().findFirst().orElseThrow();
    assertThat(test.getDisplayName()).isEqualTo("2: ALIGN-013");
    assertThat(test.getTestSourceUri()).hasValueSatisfying(u -> assertThat(u).hasQuery("line=2"));
    assertThatThrownBy(() -> test.getExecutable().execute())
        .isInstanceOfSatisfying(
            AssertionFailedError.class,
            e -> {
              assertThat(e.getMessage())
                  .startsWith("FAIL " + file + ":2: ALIGN-013")
                  .contains("- " + file + ":6: ALIGN-013 at corporatePlan.tasks[T2]");
              assertThat(e.getExpected().getStringRepresentation())
                  .isEqualTo("- " + file + ":6: ALIGN-013 at corporatePlan.tasks[T2]");
              assertThat(e.getActual().getStringRepresentation())
                  .startsWith("+ ALIGN-013 at corporatePlan.tasks[T1] [WARNING]: Task T1");
            });
  }

  @Test
  void brokenCaseFilesFailTheFactoryWithTheirPlace() throws Exception {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Path file = Files.writeString(cases.resolve("x.yaml"), "cases:\n  - rule: ALIGN-013\n");
    assertThatThrownBy(() -> RuleCaseTests.of(Reviewer.withDefaultRules(), dir))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining(file + ":2:5: a case needs 'base' (the plan)");
  }
}
