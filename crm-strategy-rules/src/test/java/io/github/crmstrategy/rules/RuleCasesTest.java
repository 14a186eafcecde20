package io.github.crmstrategy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.rules.testing.CaseResult;
import io.github.crmstrategy.rules.testing.RuleCase;
import io.github.crmstrategy.rules.testing.RuleCaseException;
import io.github.crmstrategy.rules.testing.RuleCases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Declarative rule cases (PMD style), in the format analysts use for their own rules ({@link
 * RuleCases}, {@code crm-strategy rules test}): each case in {@code
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
  private static final Path WORKSPACE = Path.of("src/test/resources/io/github/crmstrategy/rules");

  static RuleCases builtIn() throws RuleCaseException {
    return RuleCases.load(REVIEWER, WORKSPACE);
  }

  static List<RuleCase> cases() throws RuleCaseException {
    return builtIn().cases();
  }

  @TestFactory
  Stream<DynamicTest> everyCase() throws RuleCaseException {
    RuleCases cases = builtIn();
    return cases.cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    c.file().toUri(),
                    () -> {
                      CaseResult r = cases.run(c);
                      assertThat(r.passed()).as(r.report()).isTrue();
                    }));
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
  void everyAlignmentRealismAndCompletenessRuleHasACaseWithANearMiss() throws Exception {
    Set<String> covered = new TreeSet<>();
    for (RuleCase c : cases()) {
      assertThat(c.expect()).as("expected findings of the case of %s", c.rule()).isNotEmpty();
      covered.add(c.rule());
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
