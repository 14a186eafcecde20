package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmstrategy.samples.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A consultancy's theme folder replaces templates, stylesheet, logo and labels at run time. */
class ReportThemeTest {
  @TempDir Path folder;

  @Test
  void aThemeFolderBrandsTheReportWithoutRecompiling() throws Exception {
    Files.writeString(folder.resolve("brand.css"), ":root{--accent:#004d40;--today:#004d40}\n");
    Files.writeString(
        folder.resolve("logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\""
            + " height=\"10\"/></svg>");
    Files.writeString(
        folder.resolve("labels.properties"), "block.customerExperience=Клиентский опыт\n");
    Files.writeString(
        folder.resolve("footer.mustache"),
        "<footer><p>Prepared by Acme Advisory for {{organization}}</p></footer>\n");
    ReportTheme theme = ReportTheme.load(folder);
    String html =
        ReportRenderer.of(ReportFormat.HTML)
            .withTheme(theme)
            .render(SampleReports.reviewed(Samples.TRAVEL_COMPANY));
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("style").html()).contains(":root{--accent:#004d40;--today:#004d40}");
    assertThat(doc.select("img.logo").attr("src")).startsWith("data:image/svg+xml;base64,");
    assertThat(doc.select("svg#radar text").eachText()).contains("Клиентский опыт");
    assertThat(doc.select("footer").text())
        .isEqualTo("Prepared by Acme Advisory for Meridian Travel");
    // Everything else still comes from the bundled theme.
    assertThat(doc.select("section#summary, section#timeline, section#findings-section"))
        .hasSize(3);
  }

  @Test
  void valuesAreEscapedByDefault() throws Exception {
    Files.writeString(folder.resolve("footer.mustache"), "<footer>{{planName}}</footer>\n");
    ReviewedPlan plan = SampleReports.reviewed(Samples.WEAK_PLAN);
    ReviewedPlan renamed =
        new ReviewedPlan(
            "<script>alert(1)</script>.yaml", plan.plan(), plan.report(), plan.loaded());
    String html =
        ReportRenderer.of(ReportFormat.HTML).withTheme(ReportTheme.load(folder)).render(renamed);
    assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
  }

  @Test
  void problemsAreLocatedByFileAndLine() throws Exception {
    Files.writeString(folder.resolve("report.cs"), "typo");
    Files.writeString(folder.resolve("brand.css"), "body{color:red}\n@import 'http://x/y.css';\n");
    assertThatThrownBy(() -> ReportTheme.load(folder))
        .isInstanceOfSatisfying(
            ReportThemeException.class,
            e ->
                assertThat(e.problems())
                    .anySatisfy(
                        p -> assertThat(p).contains("report.cs: not a file of a report theme"))
                    .anySatisfy(p -> assertThat(p).contains("brand.css:2: '@import'")));
    Files.delete(folder.resolve("report.cs"));
    Files.delete(folder.resolve("brand.css"));
    Files.writeString(
        folder.resolve("summary.mustache"), "<p>\n{{#executive}}\n<p>{{today}}</p>\n");
    assertThatThrownBy(() -> ReportTheme.load(folder))
        .isInstanceOfSatisfying(
            ReportThemeException.class,
            e -> assertThat(e.problems()).singleElement().asString().contains("summary.mustache"));
  }
}
