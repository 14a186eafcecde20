package io.github.crmstrategy.rules.profile;

import static io.github.crmstrategy.rules.AnalystDrl.HEADER;
import static io.github.crmstrategy.rules.AnalystDrl.plans;
import static io.github.crmstrategy.rules.AnalystDrl.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RuleExecutionException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Analysts' DRL compiled at run time with the built-in rules. */
class CustomRulesTest {
  static final String RETENTION_RULE =
      HEADER
          + rule(
              "Retention indicator named",
              "ACME-001",
              "$i : IndicatorFact( kind str[startsWith] \"ret\", name.startsWith(\"\") )",
              "findings.report( kcontext, $i.path(), \"Retention indicator \" + $i.id(), \"kind\", $i.kind() );");

  static Reviewer withDrl(String name, String drl) throws RuleProfileException {
    return Reviewer.fromProfile(
        RuleProfile.builder().name("acme").addDrl(RuleSource.of(name, drl)).build());
  }

  @Test
  void startsWithOperatorsWorkBeyondTwentyEvaluations() throws Exception {
    // apache/incubator-kie-drools#6711: the classic engine throws NoSuchMethodError after ~20
    // evaluations of str[startsWith]; analysts' packs are compiled to the executable model.
    Reviewer reviewer = withDrl("acme.drl", RETENTION_RULE);
    int found = 0;
    for (PlanDocument plan : plans(60)) {
      AssessmentReport report = reviewer.assess(plan);
      for (Finding f : report.findingsOf("ACME-001")) {
        assertThat(f.evidence().get("kind")).startsWith("ret");
        found++;
      }
    }
    assertThat(found).isPositive();
  }

  @Test
  void theClassicEngineStillHasBug6711() throws Exception {
    // Documents why analysts' packs use the executable model: remove the switch when this fails.
    System.setProperty("crmstrategy.rules.runtimeEngine", "classic");
    Reviewer classic;
    try {
      classic = withDrl("acme.drl", RETENTION_RULE);
    } finally {
      System.clearProperty("crmstrategy.rules.runtimeEngine");
    }
    assertThatThrownBy(() -> plans(60).forEach(classic::assess))
        .isInstanceOf(NoSuchMethodError.class)
        .hasMessageContaining("EvaluatorHelper.initOperators");
  }

  @Test
  void compileErrorsOfEveryFileAreLocated() {
    String bad1 = HEADER + rule("Broken one", "ACME-010", "$i : IndicatorFact( kind == )", "");
    String bad2 =
        HEADER + "\n\n" + rule("Broken two", "ACME-011", "PlanFact( industry == \"x\" ", "");
    assertThatThrownBy(
            () ->
                Reviewer.fromProfile(
                    RuleProfile.builder()
                        .addDrl(
                            RuleSource.of("rules/one.drl", bad1),
                            RuleSource.of("rules/two.drl", bad2))
                        .build()))
        .isInstanceOf(RuleProfileException.class)
        .satisfies(
            e -> {
              List<String> problems =
                  ((RuleProfileException) e).problems().stream().map(Object::toString).toList();
              assertThat(problems).anyMatch(p -> p.startsWith("rules/one.drl:12:30: "));
              assertThat(problems).anyMatch(p -> p.startsWith("rules/two.drl:"));
              assertThat(problems).allMatch(p -> p.matches("rules/(one|two)\\.drl:\\d+:\\d+: .+"));
            });
  }

  @Test
  void badRuleDefinitionsAreReportedByRuleAndFile() {
    String drl =
        HEADER
            + rule("Twice", "ACME-020", "PlanFact( )", "")
            + rule("Twice", "ACME-021", "PlanFact( )", "");
    String clash =
        HEADER.replace("com.acme.rules", "com.acme.other")
            + rule("Mine", "REAL-001", "PlanFact( )", "");
    String bare =
        HEADER.replace("com.acme.rules", "com.acme.bare")
            + "rule \"No metadata\"\n  @id(\"ACME-030\")\nwhen\n  PlanFact( )\nthen\nend\n";
    assertThatThrownBy(
            () ->
                Reviewer.fromProfile(
                    RuleProfile.builder().addDrl(RuleSource.of("dup.drl", drl)).build()))
        .isInstanceOf(RuleProfileException.class)
        .hasMessageContaining("dup.drl:")
        .hasMessageContaining("Duplicate rule name: Twice");
    assertThatThrownBy(
            () ->
                Reviewer.fromProfile(
                    RuleProfile.builder()
                        .addDrl(RuleSource.of("clash.drl", clash), RuleSource.of("bare.drl", bare))
                        .build()))
        .isInstanceOf(RuleProfileException.class)
        .satisfies(
            e ->
                assertThat(((RuleProfileException) e).problems().stream().map(Object::toString))
                    .containsExactlyInAnyOrder(
                        "clash.drl: rule \"Mine\" has the id REAL-001 of a built-in rule: choose an id of your own",
                        "bare.drl: rule \"No metadata\" lacks the metadata [@title, @category, @severity, @rationale, @remediation] (every rule needs [@id, @title, @category, @severity, @rationale, @remediation])"));
  }

  @Test
  void loopingAndThrowingRulesAreReportedByNameAndElement() throws Exception {
    String drl =
        HEADER
            + rule(
                "Throws on indicators",
                "ACME-040",
                "$g : GoalFact( )",
                "if (true) throw new IllegalStateException(\"boom\");")
            + "rule \"Loops\"\n  @id(\"ACME-041\") @title(\"t\") @category(\"REALISM\") @severity(\"INFO\")"
            + " @rationale(\"r\") @remediation(\"m\")\nwhen\n  $g : GoalFact( )\nthen\n  update( $g );\nend\n";
    Reviewer reviewer =
        Reviewer.fromProfile(
            RuleProfile.builder()
                .addDrl(RuleSource.of("bad.drl", drl))
                .putRule("ACME-041", RuleSetting.disabled())
                .build());
    PlanDocument plan =
        plans(40).stream()
            .filter(p -> p.crmStrategy().map(c -> !c.goals().isEmpty()).orElse(false))
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(() -> reviewer.assess(plan))
        .isInstanceOf(RuleExecutionException.class)
        .hasMessageStartingWith(
            "Rule \"Throws on indicators\" (ACME-040) threw java.lang.IllegalStateException: boom at ")
        .satisfies(
            e -> {
              RuleExecutionException r = (RuleExecutionException) e;
              assertThat(r.ruleName()).isEqualTo("Throws on indicators");
              assertThat(r.path()).get().asString().contains(".goals[");
            });

    Reviewer looping =
        Reviewer.fromProfile(
            RuleProfile.builder()
                .addDrl(RuleSource.of("bad.drl", drl))
                .putRule("ACME-040", RuleSetting.disabled())
                .build());
    assertThatThrownBy(() -> looping.assess(plan))
        .isInstanceOf(RuleExecutionException.class)
        .hasMessageStartingWith("Rule \"Loops\" (ACME-041) fired ")
        .hasMessageContaining("stopped by the firing limit of ")
        .satisfies(e -> assertThat(((RuleExecutionException) e).ruleName()).isEqualTo("Loops"));
    // The reviewer stays usable: the default pack is untouched.
    assertThat(Reviewer.withDefaultRules().assess(plan)).isNotNull();
  }

  @Test
  void reviewersBuiltConcurrentlyWorkSideBySide() throws Exception {
    String other =
        RETENTION_RULE
            .replace("ACME-001", "ACME-002")
            .replace("Retention indicator named", "Other");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Reviewer> a = pool.submit(() -> withDrl("a.drl", RETENTION_RULE));
      Future<Reviewer> b = pool.submit(() -> withDrl("b.drl", other));
      Reviewer ra = a.get();
      Reviewer rb = b.get();
      for (PlanDocument plan : plans(15)) {
        AssessmentReport x = ra.assess(plan);
        AssessmentReport y = rb.assess(plan);
        assertThat(x.findingsOf("ACME-002")).isEmpty();
        assertThat(y.findingsOf("ACME-001")).isEmpty();
        assertThat(x.findingsOf("ACME-001").size()).isEqualTo(y.findingsOf("ACME-002").size());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
