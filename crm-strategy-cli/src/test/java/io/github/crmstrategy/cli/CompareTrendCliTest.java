package io.github.crmstrategy.cli;

import static io.github.crmstrategy.cli.CrmStrategyCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crmstrategy.cli.CrmStrategyCliTest.Run;
import io.github.crmstrategy.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} of more than two revisions, one by one or as a folder: the trend, and the
 * two-revision comparison unchanged.
 */
class CompareTrendCliTest {

  @TempDir Path dir;

  /** The weak sample, its second revision and a third that is the second again, renamed. */
  private Path folder() throws IOException {
    Path revs = dir.resolve("revisions");
    Files.createDirectories(revs.resolve("old"));
    // File names in the reverse of the revision order: the folder is ordered by revision number.
    Files.writeString(revs.resolve("b.yaml"), Samples.content(Samples.WEAK_PLAN_REV2));
    Files.writeString(revs.resolve("old").resolve("z.yaml"), Samples.content(Samples.WEAK_PLAN));
    Files.writeString(
        revs.resolve("a.yaml"),
        Samples.content(Samples.WEAK_PLAN_REV2)
            .replace("  number: 2\n", "  number: 3\n")
            .replace("date: 2026-12-05", "date: 2027-01-15"));
    Files.writeString(revs.resolve("notes.txt"), "not a plan");
    return revs;
  }

  @Test
  void aFolderOfRevisionsIsATrendOrderedByRevisionNumber() throws IOException {
    Path revs = folder();

    Run text = run("compare", revs.toString(), "--color=never");
    Run json = run("compare", revs.toString(), "--format", "json");

    assertThat(text.exit()).isZero();
    assertThat(text.out())
        .startsWith("CRM strategy trend: Harbor Street Outfitters, 3 revisions\n")
        .contains("Order:          by revision number")
        .contains("Revision #2 (" + revs.resolve("b.yaml") + ") against #1");
    assertThat(text.out().indexOf("old/z.yaml")).isLessThan(text.out().indexOf("b.yaml"));
    assertThat(text.err()).isEmpty();
    JsonNode t = new ObjectMapper().readTree(json.out());
    assertThat(t.path("kind").asText()).isEqualTo("trend");
    assertThat(t.path("order").asText()).isEqualTo("revisionNumber");
    assertThat(t.path("revisions")).hasSize(3);
    assertThat(t.path("revisions").get(2).path("plan").asText()).endsWith("a.yaml");
    assertThat(t.path("steps")).hasSize(2);
    // The third revision repeats the second: it opens and resolves nothing, moves no block.
    JsonNode last = t.path("steps").get(1);
    assertThat(last.path("opened")).isEmpty();
    assertThat(last.path("resolved")).isEmpty();
    assertThat(last.path("blocks")).isEmpty();
    assertThat(t.path("maturity").path("metrics").get(1).path("level").asInt()).isEqualTo(2);
  }

  @Test
  void revisionsNamedOneByOneAreTakenInTheOrderGivenWithAWarningWhenTheyGoBack() {
    Run run =
        run(
            "compare",
            "sample:weak-plan-rev2",
            "sample:weak-plan",
            "sample:weak-plan-rev2",
            "--color=never");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Order:          in the order given");
    assertThat(run.err())
        .contains(
            "warning: weak-plan.yaml (revision 1) comes after weak-plan-rev2.yaml (revision 2)");
  }

  @Test
  void theHtmlTrendHasAChartPerBlockAndUsesTheProfilesTheme() throws IOException {
    Path profile = dir.resolve("profile.yaml");
    Files.writeString(profile, "name: acme\n");
    Path theme = Files.createDirectories(dir.resolve("report-theme"));
    Files.writeString(theme.resolve("brand.css"), ":root{--today:#004d40}\n");
    Path page = dir.resolve("trend.html");

    Run run =
        run(
            "compare",
            "sample:weak-plan",
            "sample:weak-plan-rev2",
            "sample:weak-plan-rev2",
            "--format",
            "html",
            "--profile",
            profile.toString(),
            "-o",
            page.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    String html = Files.readString(page);
    assertThat(html.split("<svg class=\"trend-chart\"", -1)).hasSize(10);
    assertThat(html).contains(":root{--today:#004d40}").doesNotContain("http://", "https://");
  }

  @Test
  void twoRevisionsInAFolderAreTheComparisonOfTwoInRevisionOrder() throws IOException {
    Path revs = dir.resolve("pair");
    Files.createDirectories(revs);
    Files.writeString(revs.resolve("b.yaml"), Samples.content(Samples.WEAK_PLAN));
    Files.writeString(revs.resolve("a.yaml"), Samples.content(Samples.WEAK_PLAN_REV2));

    Run folder = run("compare", revs.toString(), "--color=never");
    Run files =
        run(
            "compare",
            revs.resolve("b.yaml").toString(),
            revs.resolve("a.yaml").toString(),
            "--color=never");

    assertThat(folder.exit()).isZero();
    assertThat(folder.out())
        .startsWith("Comparing " + revs.resolve("b.yaml"))
        .isEqualTo(files.out());
  }

  @Test
  void compareNeedsTwoRevisionsAndEitherOneFolderOrFiles() throws IOException {
    Path revs = folder();
    Path single = Files.createDirectories(dir.resolve("single"));
    Files.writeString(single.resolve("plan.yaml"), Samples.content(Samples.WEAK_PLAN));

    Run one = run("compare", "sample:weak-plan");
    Run mixed = run("compare", revs.toString(), "sample:weak-plan");
    Run lonely = run("compare", single.toString());
    Run empty = run("compare", Files.createDirectories(dir.resolve("empty")).toString());
    Run invalid =
        run(
            "compare",
            "sample:weak-plan",
            "sample:weak-plan-rev2",
            revs.resolve("notes.txt").toString());

    assertThat(one.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(one.err()).contains("compare needs two or more revisions");
    assertThat(mixed.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(mixed.err()).contains("is a folder; give either one folder of revisions or");
    assertThat(lonely.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(lonely.err()).contains("one plan document in this folder");
    assertThat(empty.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(empty.err()).contains("no plan documents");
    assertThat(invalid.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(invalid.out()).isEmpty();
  }
}
