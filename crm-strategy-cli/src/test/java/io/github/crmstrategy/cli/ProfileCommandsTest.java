package io.github.crmstrategy.cli;

import static io.github.crmstrategy.cli.CrmStrategyCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.cli.CrmStrategyCliTest.Run;
import io.github.crmstrategy.testing.SamplePlans;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules list --profile}, {@code rules check}, {@code assess --profile --baseline}. */
class ProfileCommandsTest {
  static final Path WORKSPACE = SamplePlans.WORKSPACE_FOLDER;
  static final Path PROFILE = WORKSPACE.resolve("profile.yaml");

  @TempDir Path dir;

  @Test
  void rulesCheckAcceptsTheWorkspaceProfile() {
    Run run = run("rules", "check", PROFILE.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith(PROFILE + ": OK, ").contains("(1 switched off)");
  }

  @Test
  void rulesCheckPrintsLocatedProblemsAndExits2() throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "rules:\n  REAL-03: off\nparameters:\n  realism.trendFloor: -1\n");
    Run run = run("rules", "check", broken.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            broken
                + ":2:3: unknown rule id 'REAL-03' (did you mean 'REAL-003'?)"
                + System.lineSeparator()
                + broken
                + ":4:23: parameter 'realism.trendFloor' is a number >= 0, not -1"
                + System.lineSeparator()
                + broken
                + ": 2 problems"
                + System.lineSeparator());
  }

  @Test
  void rulesListShowsTheProfilesSettings() {
    Run run = run("rules", "list", "--profile", PROFILE.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("ALIGN-014 +ALIGNMENT +\\S+ +no ")
        .containsPattern("REAL-003 +REALISM +WARNING +yes ")
        .contains("realism.indicatorsPerGoal.max=4")
        .contains("ACME-001")
        .contains("ACME-DT-001");
  }

  @Test
  void assessWithProfileAndBaseline() throws Exception {
    Path baseline = dir.resolve("baseline.json");
    Run first =
        run(
            "assess",
            "--sample",
            "weak-plan",
            "--profile",
            PROFILE.toString(),
            "--write-baseline",
            baseline.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(baseline).exists();
    assertThat(first.out()).contains("Suppressed:");

    Run second = run("assess", "--sample", "weak-plan", "--baseline", baseline.toString());
    assertThat(second.exit()).as(second.err()).isZero();
    // Without the profile, ACME-001 findings are resolved; the weak plan's missing sections and
    // undated tasks, which the profile hides, fold into their root causes (a largely unwritten
    // concept, tasks with neither owner nor date), which the baseline already holds.
    assertThat(second.out())
        .containsPattern("Baseline: +0 new, \\d+ existing, \\d+ resolved")
        .contains("  resolved [ACME-001]");

    // A plan whose concept lacks only a few sections: the suppressed COMP-018 comes back as new.
    Path travel = dir.resolve("travel-baseline.json");
    Run withProfile =
        run(
            "assess",
            "--sample",
            "travel-company",
            "--profile",
            PROFILE.toString(),
            "--write-baseline",
            travel.toString());
    assertThat(withProfile.exit()).as(withProfile.err()).isZero();
    Run without = run("assess", "--sample", "travel-company", "--baseline", travel.toString());
    assertThat(without.exit()).as(without.err()).isZero();
    assertThat(without.out())
        .containsPattern("Baseline: +[1-9]\\d* new, \\d+ existing, \\d+ resolved")
        .contains("  new      [COMP-018]");
  }
}
