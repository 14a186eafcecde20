package io.github.crmstrategy.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AnalystDrl;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Reviewer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/fact-model.md compiles and reports its finding (moved from
 * FactModelDocTest).
 */
class FactModelExampleTest {
  static final Path DOC = Path.of("../docs/fact-model.md");

  @Test
  void theWorkedExampleCompilesAndReportsItsFinding() throws Exception {
    Matcher m = Pattern.compile("```drl\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
    assertThat(m.find()).isTrue();
    Reviewer reviewer =
        Reviewer.fromProfile(
            RuleProfile.builder().addDrl(RuleSource.of("example.drl", m.group(1))).build());
    assertThat(reviewer.rules()).anyMatch(r -> r.id().equals("EXAMPLE-001"));
    int found = 0;
    for (PlanDocument plan : AnalystDrl.plans(40)) {
      for (Finding f : reviewer.assess(plan).findingsOf("EXAMPLE-001")) {
        assertThat(f.message()).endsWith("has a baseline but no history");
        assertThat(f.path().toString()).contains(".indicators[");
        assertThat(f.rationale())
            .isEqualTo("A CRM target is set against at least one past measurement.");
        found++;
      }
    }
    assertThat(found).isPositive();
  }
}
