package io.github.crmstrategy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.model.PlanDocument;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Declarative rule cases (PMD style, read by {@link RuleCases}): each case in {@code
 * src/test/resources/.../cases/*.yaml} names a rule, a base plan (a bundled sample or a plan of the
 * cases folder), a change that breaks the rule, the findings expected (paths and message
 * fragments), and a near miss: a change that comes close but must not be reported. The rule must
 * also be silent on the base plan unless the case says {@code baseFires}. Every ALIGN, REAL and
 * COMP rule has at least one case.
 *
 * <pre>{@code
 * - rule: ALIGN-033
 *   base: northwind-telecom
 *   breaks: {set: {crmStrategy.tasks[CT2].due: 2027-01-31}}
 *   expect: [{path: "crmStrategy.tasks[CT2]", message: [is due 2027-01-31, CAP2]}]
 *   nearMiss: {set: {crmStrategy.tasks[CT2].due: 2027-03-31}}
 * }</pre>
 */
class RuleCasesTest {
  private static final Reviewer REVIEWER = Reviewer.withDefaultRules();

  static List<RuleCases.Case> cases() {
    return RuleCases.all();
  }

  static PlanDocument plan(String base, Map<String, Object> changes) throws Exception {
    return RuleCases.plan(base, changes);
  }

  @TestFactory
  Stream<DynamicTest> everyCase() {
    return cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.rule + (c.title == null ? "" : ": " + c.title), () -> check(c)));
  }

  private static void check(RuleCases.Case c) throws Exception {
    if (!c.baseFires) {
      assertThat(REVIEWER.assess(plan(c.base, null)).findingsOf(c.rule))
          .as("%s on the base plan %s", c.rule, c.base)
          .isEmpty();
    }
    AssessmentReport broken = REVIEWER.assess(plan(c.base, c.breaks));
    List<Finding> found = broken.findingsOf(c.rule);
    assertThat(found)
        .as("%s on the broken plan (all findings: %s)", c.rule, summary(broken))
        .extracting(f -> f.path().toString())
        .containsExactlyInAnyOrderElementsOf(c.expect.stream().map(e -> e.path).toList());
    for (RuleCases.Expected e : c.expect) {
      Finding f =
          found.stream().filter(x -> x.path().toString().equals(e.path)).findFirst().orElseThrow();
      for (String fragment : e.message) {
        assertThat(f.message()).as("message of %s at %s", c.rule, e.path).contains(fragment);
      }
      if (e.severity != null) {
        assertThat(f.severity().name()).isEqualTo(e.severity);
      }
    }
    for (String other : c.silent) {
      assertThat(broken.findingsOf(other))
          .as("%s on the plan that breaks %s", other, c.rule)
          .isEmpty();
    }
    if (c.nearMiss != null) {
      AssessmentReport near = REVIEWER.assess(plan(c.base, c.nearMiss));
      assertThat(near.findingsOf(c.rule))
          .as("%s on the near miss (all findings: %s)", c.rule, summary(near))
          .isEmpty();
      for (String other : c.nearMissSilent) {
        assertThat(near.findingsOf(other)).as("%s on the near miss of %s", other, c.rule).isEmpty();
      }
    }
  }

  private static String summary(AssessmentReport report) {
    return report.findings().stream()
        .map(f -> f.ruleId() + " " + f.path() + ": " + f.message())
        .toList()
        .toString();
  }

  /** Rules no case of a valid document can break, and where they are tested instead. */
  static final Map<String, String> TESTED_ELSEWHERE =
      Map.of(
          "ALIGN-006",
          "a document naming a strategy it lacks is invalid; plans built in code: AlignmentRulesTest",
          "ALIGN-046",
          "reports orderings analysts add as data: ChecksAsDataTest",
          "ALIGN-047",
          "reports coverage checks analysts add as data: ChecksAsDataTest");

  @Test
  void everyAlignmentRealismAndCompletenessRuleHasACaseWithANearMiss() {
    Set<String> covered = new TreeSet<>();
    for (RuleCases.Case c : cases()) {
      assertThat(c.expect).as("expected findings of the case of %s", c.rule).isNotEmpty();
      covered.add(c.rule);
    }
    Set<String> rules = new TreeSet<>();
    for (RuleDescriptor r : REVIEWER.rules()) {
      if (r.category() != Category.MATURITY) {
        rules.add(r.id());
      }
    }
    rules.removeAll(TESTED_ELSEWHERE.keySet());
    assertThat(covered).containsAll(rules);
  }
}
