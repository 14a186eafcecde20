package io.github.crmstrategy.rules.profile;

import static io.github.crmstrategy.rules.AnalystDrl.HEADER;
import static io.github.crmstrategy.rules.AnalystDrl.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AssessmentLimits;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RuleExecutionException;
import io.github.crmstrategy.rules.RuleExecutionException.Reason;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.PlanGenerators;
import io.github.crmstrategy.testing.SamplePlans;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Analysts' rules that run away: each is cut short by a guard of {@link AssessmentLimits} with a
 * {@link RuleExecutionException} that names the rule, the host's thread comes back, no thread is
 * left running the rule, and the reviewer goes on assessing other plans with exactly the results of
 * a reviewer that never met the rule.
 */
class RunawayRulesTest {
  /** Every rule below, in one pack (compiled once: a runtime compile takes seconds). */
  private static final String DRL =
      HEADER
          + rule(
              "Condition throws",
              "ACME-100",
              "$p : PlanFact( industry == \"boom\", eval( Integer.parseInt(industry) > 0 ) )",
              "")
          + rule(
              "Keeps updating the plan",
              "ACME-101",
              "$p : PlanFact( industry == \"loop\" )",
              "update( $p );")
          + rule(
              "Spins",
              "ACME-102",
              "$p : PlanFact( industry == \"spin\" )",
              "long n = 0; while (n >= 0) { n = (n + 1) % 1000; }")
          + rule(
              "Floods",
              "ACME-103",
              "$p : PlanFact( industry == \"flood\" )",
              "for (int i = 0; i < 5000000; i++) { insert( new Param(\"flood\" + i, i) ); }")
          + rule(
              "Reports forever",
              "ACME-104",
              "$p : PlanFact( industry == \"report\" )",
              "for (int i = 0; i >= 0; i = (i + 1) % 10) { findings.report( kcontext, \"organization\", \"again\" ); }");

  private static Reviewer reviewer;
  private static final Reviewer DEFAULTS = Reviewer.withDefaultRules();

  @BeforeAll
  static void compile() throws Exception {
    reviewer =
        Reviewer.fromProfile(
                RuleProfile.builder()
                    .name("runaway")
                    .addDrl(RuleSource.of("acme.drl", DRL))
                    .build())
            .withLimits(
                AssessmentLimits.defaults()
                    .withMaxFirings(20_000)
                    .withTimeBudget(Duration.ofMillis(1500))
                    .withMaxInsertedFacts(10_000));
  }

  @AfterAll
  static void noThreadIsLeftRunningARule() throws Exception {
    // Stopped workers go back to their pool; none may still be inside a rule.
    Thread.sleep(200);
    assertThat(Thread.getAllStackTraces().entrySet())
        .noneMatch(
            e ->
                e.getKey().getName().startsWith("crm-strategy-rules-")
                    && java.util.Arrays.stream(e.getValue())
                        .anyMatch(f -> f.getClassName().startsWith("com.acme.rules")));
  }

  /** The reference plan with {@code industry}, which selects the runaway rule that matches it. */
  private static PlanDocument plan(String industry) throws Exception {
    PlanDocument reference = SamplePlans.load(Samples.NORTHWIND_TELECOM).plan();
    return PlanDocument.builder()
        .from(reference)
        .organization(
            io.github.crmstrategy.model.Organization.builder()
                .from(reference.organization())
                .industry(industry)
                .build())
        .build();
  }

  private static RuleExecutionException failure(String industry) throws Exception {
    PlanDocument plan = plan(industry);
    long start = System.nanoTime();
    RuleExecutionException e =
        catchThrowableOfType(RuleExecutionException.class, () -> reviewer.assess(plan));
    assertThat(e).as("the assessment of a plan of industry %s is cut short", industry).isNotNull();
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as("the host's thread comes back within the budget and the grace period")
        .isLessThan(Duration.ofSeconds(6));
    return e;
  }

  /** After each failure the reviewer still gives exactly the findings of the built-in pack. */
  private static void stillAssessesOtherPlans() throws Exception {
    for (PlanDocument plan : io.github.crmstrategy.rules.AnalystDrl.plans(3)) {
      AssessmentReport report = reviewer.assess(plan);
      assertThat(report.findings()).isEqualTo(DEFAULTS.assess(plan).findings());
    }
  }

  @Test
  void aConditionThatThrowsIsNamedWithItsRuleNotAsADroolsStackTrace() throws Exception {
    RuleExecutionException e = failure("boom");

    assertThat(e.reason()).isEqualTo(Reason.CONDITION_THREW);
    assertThat(e.ruleName()).isEqualTo("Condition throws");
    assertThat(e.ruleId()).contains("ACME-100");
    assertThat(e)
        .hasMessage(
            "Rule \"Condition throws\" (ACME-100) threw java.lang.NumberFormatException: For input"
                + " string: \"boom\" evaluating its condition 'eval( Integer.parseInt(industry) >"
                + " 0 )' assessing Northwind Telecom: guard the condition against the values it"
                + " cannot take (empty text, zero, a missing baseline)")
        .hasRootCauseInstanceOf(NumberFormatException.class);
    stillAssessesOtherPlans();
  }

  @Test
  void aLoopIsBlamedOnTheAnalystsRuleNotOnTheBuiltInRulesItWakesUp() throws Exception {
    // The built-in rules that match the plan fact fire as often as the analyst's rule: the report
    // must still name the analyst's. A time budget that a busy machine cannot reach first.
    Reviewer patient =
        reviewer.withLimits(
            reviewer.limits().withMaxFirings(5_000).withTimeBudget(Duration.ofSeconds(60)));
    PlanDocument plan = plan("loop");
    RuleExecutionException e =
        catchThrowableOfType(RuleExecutionException.class, () -> patient.assess(plan));

    assertThat(e.reason()).isEqualTo(Reason.FIRING_LIMIT);
    assertThat(e.ruleName()).isEqualTo("Keeps updating the plan");
    assertThat(e.ruleId()).contains("ACME-101");
    assertThat(e.getMessage())
        .startsWith("Rule \"Keeps updating the plan\" (ACME-101) fired ")
        .contains("times and was stopped by the firing limit of ")
        .endsWith(
            "assessing Northwind Telecom: it probably modifies a fact it matches without a guard");
    stillAssessesOtherPlans();
  }

  @Test
  void aRuleBusyInItsOwnCodeIsStoppedByTheTimeBudget() throws Exception {
    RuleExecutionException e = failure("spin");

    assertThat(e.reason()).isEqualTo(Reason.TIME_BUDGET);
    assertThat(e.ruleName()).isEqualTo("Spins");
    assertThat(e)
        .hasMessage(
            "Rule \"Spins\" (ACME-102) was still running when the time budget of 1500 ms ran out"
                + " assessing Northwind Telecom; the engine did not stop when halted (a loop in a"
                + " rule's own Java code?), so its thread was stopped");
    stillAssessesOtherPlans();
  }

  @Test
  void aRuleThatInsertsMillionsOfFactsIsStoppedAtTheCap() throws Exception {
    RuleExecutionException e = failure("flood");

    assertThat(e.reason()).isEqualTo(Reason.FACT_LIMIT);
    assertThat(e)
        .hasMessage(
            "Rule \"Floods\" (ACME-103) inserted more than the 10000 facts the rules may insert in"
                + " one assessment assessing Northwind Telecom: it probably inserts facts in a"
                + " loop, or without a condition that stops it");
    stillAssessesOtherPlans();
  }

  @Test
  void aRuleReportingInALoopIsStoppedAtItsNextFindingOnceTheBudgetRanOut() throws Exception {
    RuleExecutionException e = failure("report");

    assertThat(e.reason()).isEqualTo(Reason.TIME_BUDGET);
    assertThat(e.getMessage())
        .isEqualTo(
            "Rule \"Reports forever\" (ACME-104) was still running when the time budget of 1500"
                + " ms ran out assessing Northwind Telecom");
    stillAssessesOtherPlans();
  }

  @Test
  void cancellingTheCallReturnsTheHostsThreadAndStopsTheRule() throws Exception {
    Reviewer patient =
        reviewer.withLimits(reviewer.limits().withTimeBudget(Duration.ofSeconds(60)));
    PlanDocument plan = plan("spin");
    ExecutorService host = Executors.newSingleThreadExecutor();
    try {
      Future<AssessmentReport> call = host.submit(() -> patient.assess(plan));
      Thread.sleep(500);
      long start = System.nanoTime();
      call.cancel(true);
      // The host's thread is free again: the next task runs at once, not after 60 s.
      Future<String> next = host.submit(() -> "free");
      assertThat(next.get(5, TimeUnit.SECONDS)).isEqualTo("free");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    } finally {
      host.shutdownNow();
    }
    stillAssessesOtherPlans();
  }

  @Test
  void aRuleThatSpinsOnRuleDataAloneIsStoppedWhileTheSessionIsProbed() throws Exception {
    // A new pooled session is first fired with the rule data alone: that probe runs analysts'
    // rules too, and must be under the budget as well.
    Reviewer spinning =
        Reviewer.fromProfile(
                RuleProfile.builder()
                    .name("probe")
                    .addDrl(
                        RuleSource.of(
                            "probe.drl",
                            HEADER
                                + rule(
                                    "Spins on data",
                                    "ACME-110",
                                    "Param( name == \"realism.trendFloor\" )",
                                    "long n = 0; while (n >= 0) { n = (n + 1) % 1000; }")))
                    .build())
            .withLimits(AssessmentLimits.defaults().withTimeBudget(Duration.ofMillis(500)));
    PlanDocument plan = plan("anything");
    long start = System.nanoTime();

    RuleExecutionException e =
        catchThrowableOfType(RuleExecutionException.class, () -> spinning.assess(plan));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    assertThat(e.reason()).isEqualTo(Reason.TIME_BUDGET);
    assertThat(e.getMessage())
        .startsWith("The rules were still running when the time budget of 500 ms ran out")
        .endsWith("so its thread was stopped");
  }

  @Test
  void theBuiltInPackIsHaltedByTheTimeBudgetToo() {
    Reviewer hurried =
        DEFAULTS.withLimits(AssessmentLimits.defaults().withTimeBudget(Duration.ofMillis(1)));
    PlanDocument large = PlanGenerators.scaled(200);

    RuleExecutionException e =
        catchThrowableOfType(RuleExecutionException.class, () -> hurried.assess(large));

    assertThat(e.reason()).isEqualTo(Reason.TIME_BUDGET);
    assertThat(e.getMessage())
        .startsWith("The rules were still running when the time budget of 1 ms ran out assessing")
        .endsWith(": the plan may be too large for this budget");
    assertThat(e.ruleName()).as("no built-in rule is blamed").isEmpty();
    assertThat(DEFAULTS.assess(large).findings()).isNotEmpty();
  }
}
