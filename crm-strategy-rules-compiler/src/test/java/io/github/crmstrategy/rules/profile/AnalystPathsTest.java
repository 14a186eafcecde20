package io.github.crmstrategy.rules.profile;

import static io.github.crmstrategy.rules.AnalystDrl.HEADER;
import static io.github.crmstrategy.rules.AnalystDrl.plans;
import static io.github.crmstrategy.rules.AnalystDrl.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Reviewer;
import org.junit.jupiter.api.Test;

/**
 * Analysts' rules use element paths as docs/fact-model.md describes, in the executable model and in
 * the classic engine: a fact's typed path or a path's text passed to {@code findings.report}, paths
 * concatenated into messages and evidence, and compared with text through {@code toString()}.
 */
class AnalystPathsTest {
  private static final String DRL =
      HEADER
          + rule(
              "CRM indicator path",
              "ACME-201",
              "$i : IndicatorFact( path.toString().startsWith( \"crmStrategy.\" ), $path : path )",
              "findings.report( kcontext, $path, \"at \" + $path, \"path\", $path );")
          + rule(
              "Literal path",
              "ACME-202",
              "PlanFact()",
              "findings.report( kcontext, \"crmStrategy.vision\", \"a path written in the rule\" );");

  @Test
  void typedAndTextPathsInTheExecutableModel() throws Exception {
    check(CustomRulesTest.withDrl("acme.drl", DRL));
  }

  @Test
  void typedAndTextPathsInTheClassicEngine() throws Exception {
    System.setProperty("crmstrategy.rules.runtimeEngine", "classic");
    Reviewer classic;
    try {
      classic = CustomRulesTest.withDrl("acme.drl", DRL);
    } finally {
      System.clearProperty("crmstrategy.rules.runtimeEngine");
    }
    check(classic);
  }

  private static void check(Reviewer reviewer) {
    int found = 0;
    for (PlanDocument plan : plans(5)) {
      for (Finding f : reviewer.assess(plan).findingsOf("ACME-201")) {
        assertThat(f.path().toString()).startsWith("crmStrategy.");
        assertThat(f.message()).isEqualTo("at " + f.path());
        assertThat(f.evidence()).containsEntry("path", f.path().toString());
        found++;
      }
      assertThat(reviewer.assess(plan).findingsOf("ACME-202"))
          .singleElement()
          .satisfies(f -> assertThat(f.path()).hasToString("crmStrategy.vision"));
    }
    assertThat(found).isPositive();
  }
}
