package io.github.crmstrategy.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.testing.PlanGenerators;
import io.github.crmstrategy.testing.SamplePlans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case runner: passes, failures as diffs with file and line, broken input located. */
class RuleCasesTest {
  private static final Reviewer REVIEWER = Reviewer.withDefaultRules();

  @TempDir Path dir;

  private Path caseFile(String name, String text) throws Exception {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    return Files.writeString(cases.resolve(name), text);
  }

  private static final String ALIGN_013 =
      """
      cases:
        - rule: ALIGN-013
          base: northwind-telecom
          breaks: {remove: ["corporatePlan.tasks[T1].owner"]}
          expect:
            - {path: "corporatePlan.tasks[T2]", message: [has no owner]}
            - {path: "corporatePlan.tasks[T1]", severity: ERROR}
      """;

  @Test
  void aFailingCaseIsADiffNamingTheFileAndLineOfTheExpectation() throws Exception {
    Path file = caseFile("owners.yaml", ALIGN_013);
    CaseResult r = RuleCases.load(REVIEWER, dir).run().get(0);
    assertThat(r.status()).isEqualTo(CaseResult.Status.FAILED);
    assertThat(r.report())
        .startsWith("FAIL " + file + ":2: ALIGN-013")
        .contains(
            "on the broken plan (" + file + ":5), findings of ALIGN-013 (- expected, + found):")
        .contains(
            "- "
                + file
                + ":6: ALIGN-013 at corporatePlan.tasks[T2]: message contains \"has no owner\"")
        .contains("- " + file + ":7: ALIGN-013 at corporatePlan.tasks[T1] [ERROR]")
        .containsPattern(
            "\\+ ALIGN-013 at corporatePlan\\.tasks\\[T1\\] \\[(WARNING|INFO)\\]: Task T1 .*has no owner");
    assertThat(r.mismatches()).singleElement().satisfies(m -> assertThat(m.missing()).hasSize(2));
  }

  @Test
  void aCaseThatHoldsPassesAndNamesItsPlace() throws Exception {
    Path file =
        caseFile(
            "owners.yaml",
            ALIGN_013
                .replace(
                    "      - {path: \"corporatePlan.tasks[T2]\", message: [has no owner]}\n", "")
                .replace("severity: ERROR", "message: [has no owner]"));
    CaseResult r = RuleCases.load(REVIEWER, dir).run().get(0);
    assertThat(r.passed()).as(r.report()).isTrue();
    assertThat(r.report()).isEqualTo("PASS " + file + ":2: ALIGN-013");
  }

  @Test
  void theRuleMustBeSilentOnTheBaseAndOnTheNearMiss() throws Exception {
    caseFile(
        "due.yaml",
        """
        cases:
          - rule: ALIGN-014
            title: both plans already break it
            base: northwind-telecom
            breaks: {remove: ["corporatePlan.tasks[T1].due"]}
            expect: [{path: "corporatePlan.tasks[T1]"}]
            nearMiss: {remove: ["corporatePlan.tasks[T2].due"]}
        """);
    CaseResult r = RuleCases.load(REVIEWER, dir).run().get(0);
    assertThat(r.passed()).isFalse();
    assertThat(r.mismatches())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.plan()).isEqualTo("the near miss");
              assertThat(m.at().line()).isEqualTo(7);
              assertThat(m.unexpected())
                  .extracting(f -> f.path().toString())
                  .containsExactly("corporatePlan.tasks[T2]");
            });
  }

  @Test
  void brokenCaseFilesAreLocated() throws Exception {
    Path file =
        caseFile(
            "typos.yaml",
            """
            cases:
              - rule: ALIGN-13
                base: northwind-telecom
                exepct: []
              - rule: ALIGN-013
                base: northwind-telecom
                expect: [{path: x, severity: LOUD}]
            """);
    assertThatThrownBy(() -> RuleCases.load(REVIEWER, dir))
        .isInstanceOfSatisfying(
            RuleCaseException.class,
            e ->
                assertThat(e.problems())
                    .extracting(CaseProblem::toString)
                    .containsExactly(
                        file
                            + ":4:5: unknown key 'exepct' in a case (keys: base, baseFires, breaks,"
                            + " expect, nearMiss, nearMissSilent, rule, silent, title)",
                        file
                            + ":2:11: unknown rule id 'ALIGN-13' (did you mean 'ALIGN-013'?) in"
                            + " the rules of this profile",
                        file
                            + ":2:5: a case needs 'expect' (the findings expected; [] when there"
                            + " are none)",
                        file + ":7:34: severity is ERROR, WARNING or INFO, not 'LOUD'"));
  }

  @Test
  void aChangeNamingNoElementOrAMissingPlanIsABrokenCaseAtItsLine() throws Exception {
    Path file =
        caseFile(
            "broken.yaml",
            """
            cases:
              - rule: ALIGN-013
                base: northwind-telecom
                breaks: {remove: ["corporatePlan.tasks[T9].owner"]}
                expect: []
              - rule: ALIGN-013
                base: plans/nowhere.yaml
                expect: []
            """);
    List<CaseResult> r = RuleCases.load(REVIEWER, dir).run();
    assertThat(r).extracting(CaseResult::status).containsOnly(CaseResult.Status.BROKEN);
    assertThat(r.get(0).report())
        .startsWith("BROKEN " + file + ":2: ALIGN-013")
        .contains(file + ":4:5: breaks: no element corporatePlan.tasks[T9]");
    assertThat(r.get(1).problems().get(0).toString())
        .startsWith(file + ":7:5: no plan 'plans/nowhere.yaml': no file ");
  }

  @Test
  void plansAreFoundBesideTheCaseFileAndInTheWorkspace() throws Exception {
    Files.createDirectories(dir.resolve("plans"));
    Files.writeString(
        dir.resolve("plans/reference.yaml"), Files.readString(SamplePlans.REFERENCE_FILE));
    caseFile(
        "plans.yaml",
        """
        cases:
          - rule: ALIGN-013
            base: reference
            breaks: {remove: ["corporatePlan.tasks[T1].owner"]}
            expect: [{path: "corporatePlan.tasks[T1]"}]
          - rule: ALIGN-013
            base: ../plans/reference.yaml
            expect: []
        """);
    List<CaseResult> r = RuleCases.load(REVIEWER, dir).run();
    assertThat(r).allSatisfy(c -> assertThat(c.passed()).as(c.report()).isTrue());
  }

  /**
   * A case written from a plan's own findings (every finding of each rule that reports the plan, at
   * its path, with its severity and its whole message) passes: the runner compares what the
   * reviewer reports and nothing else.
   */
  @Test
  void aCaseBuiltFromAPlansOwnFindingsAlwaysPasses() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    AtomicInteger n = new AtomicInteger();
    qt().withExamples(15)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(
            plan -> {
              try {
                Path ws = Files.createDirectories(dir.resolve("ws" + n.incrementAndGet()));
                Path cases = Files.createDirectories(ws.resolve("cases"));
                PlanDocuments.write(
                    plan, Files.createDirectories(ws.resolve("plans")).resolve("plan.yaml"));
                AssessmentReport report = REVIEWER.assess(plan);
                Map<String, List<Map<String, Object>>> byRule = new TreeMap<>();
                for (Finding f : report.findings()) {
                  Map<String, Object> e = new LinkedHashMap<>();
                  e.put("path", f.path().toString());
                  e.put("severity", f.severity().name());
                  e.put("message", List.of(f.message()));
                  byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(e);
                }
                List<Map<String, Object>> list = new ArrayList<>();
                byRule.forEach(
                    (rule, expect) -> {
                      Map<String, Object> c = new LinkedHashMap<>();
                      c.put("rule", rule);
                      c.put("base", "plan");
                      c.put("expect", expect);
                      list.add(c);
                    });
                yaml.writeValue(cases.resolve("own.yaml").toFile(), Map.of("cases", list));
                List<CaseResult> results = RuleCases.load(REVIEWER, ws).run();
                assertThat(results).hasSize(byRule.size());
                assertThat(results).allSatisfy(r -> assertThat(r.passed()).as(r.report()).isTrue());
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }
}
