package io.github.crmstrategy.cli;

import static io.github.crmstrategy.cli.CrmStrategyCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.cli.CrmStrategyCliTest.Run;
import io.github.crmstrategy.testing.SamplePlans;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules test WORKSPACE}: passes, a deliberately failing case's diff, broken input. */
class RulesTestCommandTest {
  @TempDir Path dir;

  @Test
  void theExampleWorkspacesCasesPass() {
    Path ws = SamplePlans.WORKSPACE_FOLDER;
    Run run = run("rules", "test", ws.toString(), "--cache-dir", dir.toString());
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("PASS " + ws.resolve("cases/acme.yaml") + ":6: ACME-001: ")
        .contains(": ACME-DT-001: ")
        .containsPattern("(\\d+) cases: \\1 passed, 0 failed, 0 broken");
  }

  @Test
  void aFailingCasePrintsTheDiffWithFileAndLineAndExits1() throws Exception {
    Files.writeString(dir.resolve("profile.yaml"), "extends: default\nrules:\n  ALIGN-014: off\n");
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Path file =
        Files.writeString(
            cases.resolve("owners.yaml"),
            """
            cases:
              - rule: ALIGN-013
                title: a task without an owner
                base: northwind-telecom
                breaks: {remove: ["corporatePlan.tasks[T1].owner"]}
                expect:
                  - {path: "corporatePlan.tasks[T2]", message: [has no owner]}
              - rule: ALIGN-014
                title: switched off in this profile
                base: northwind-telecom
                breaks: {remove: ["corporatePlan.tasks[T1].due"]}
                expect: []
            """);
    Run run = run("rules", "test", dir.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    String nl = System.lineSeparator();
    assertThat(run.out())
        .contains(
            "FAIL "
                + file
                + ":2: ALIGN-013: a task without an owner"
                + nl
                + "  on the broken plan ("
                + file
                + ":6), findings of ALIGN-013 (- expected, + found):"
                + nl
                + "  - "
                + file
                + ":7: ALIGN-013 at corporatePlan.tasks[T2]: message contains \"has no owner\""
                + nl
                + "  + ALIGN-013 at corporatePlan.tasks[T1] [WARNING]: Task T1 \"Merge the three"
                + " billing systems into one\" has no owner"
                + nl)
        .contains("PASS " + file + ":8: ALIGN-014: switched off in this profile")
        .endsWith("2 cases: 1 passed, 1 failed, 0 broken" + nl);
  }

  @Test
  void brokenCaseFilesArePrintedWithTheirPlaceAndExit2() throws Exception {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Path file =
        Files.writeString(
            cases.resolve("typo.yaml"),
            "cases:\n  - rule: REAL-03\n    base: northwind-telecom\n    expect: []\n");
    Run run = run("rules", "test", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            file
                + ":2:11: unknown rule id 'REAL-03' (did you mean 'REAL-003'?) in the rules of"
                + " this profile")
        .contains(dir + ": 1 problem");
  }

  @Test
  void aCaseWhosePlanIsMissingIsBrokenAndExits2() throws Exception {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Path file =
        Files.writeString(
            cases.resolve("plan.yaml"),
            "cases:\n  - rule: ALIGN-013\n    base: acme-2027\n    expect: []\n");
    Run run = run("rules", "test", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out())
        .contains("BROKEN " + file + ":2: ALIGN-013")
        .contains(file + ":3:5: no plan 'acme-2027'")
        .contains("1 case: 0 passed, 0 failed, 1 broken");
  }
}
