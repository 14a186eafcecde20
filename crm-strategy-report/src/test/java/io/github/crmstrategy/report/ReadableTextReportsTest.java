package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.report.internal.Formatting;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.samples.Samples;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text and Markdown reports read on a terminal and in a review: at most 100 columns, the
 * summary first, one remediation per rule rather than one per finding.
 */
class ReadableTextReportsTest {
  static List<String> samples() {
    return Samples.names();
  }

  private static String render(ReportFormat format, ReviewedPlan plan) {
    return ReportRenderer.of(format).withRules(SampleReports.REVIEWER.rules()).render(plan);
  }

  private static void assertWidth(String name, String report) {
    String[] lines = report.split("\n");
    for (int i = 0; i < lines.length; i++) {
      assertThat(Formatting.columns(lines[i]))
          .as("%s line %d: %s", name, i + 1, lines[i])
          .isLessThanOrEqualTo(100);
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void textAndMarkdownStayWithinOneHundredColumns(String sample) {
    ReviewedPlan plan = SampleReports.reviewed(sample);
    assertWidth(sample + ".txt", render(ReportFormat.TEXT, plan));
    assertWidth(sample + ".md", render(ReportFormat.MARKDOWN, plan));
    assertWidth(
        sample + ".txt in colour",
        ReportRenderer.of(ReportFormat.TEXT).withColor(true).render(plan));
  }

  @Test
  void comparisonsStayWithinOneHundredColumns() {
    for (List<String> pair : SampleReports.REVISIONS) {
      Comparison c = SampleReports.compare(pair.get(0), pair.get(1));
      assertWidth(pair + " text", ReportRenderer.of(ReportFormat.TEXT).render(c));
      assertWidth(pair + " markdown", ReportRenderer.of(ReportFormat.MARKDOWN).render(c));
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theSummaryComesFirstAndEachRuleIsRemediedOnce(String sample) {
    ReviewedPlan plan = SampleReports.reviewed(sample);
    String text = render(ReportFormat.TEXT, plan);
    // the remediations as the report says them: in the plan's language (energy-retailer-ru)
    ReviewedPlan shown =
        io.github.crmstrategy.report.internal.ReportTexts.forPlan(java.util.Optional.empty(), plan)
            .localize(plan);
    int summary = text.indexOf("Findings:       " + plan.report().findings().size() + " (");
    assertThat(summary).isPositive();
    assertThat(summary).isLessThan(text.indexOf("Building block"));
    for (Finding f : shown.report().findings()) {
      if (f.remediation().isBlank()) {
        continue;
      }
      // The summary and the next actions may name a problem's remedy; from the maturity table on,
      // each rule's remediation is given once.
      String unwrapped = text.substring(text.indexOf("Building block")).replaceAll("\n +", " ");
      int occurrences =
          unwrapped.split(java.util.regex.Pattern.quote(f.remediation()), -1).length - 1;
      // Once per rule: two rules may give the same advice (REAL-019 and REAL-020 do).
      long rulesWithIt =
          shown.report().findings().stream()
              .filter(g -> g.remediation().equals(f.remediation()))
              .map(Finding::ruleId)
              .distinct()
              .count();
      assertThat(occurrences).as("remediation of %s", f.ruleId()).isEqualTo((int) rulesWithIt);
    }
    String md = render(ReportFormat.MARKDOWN, plan);
    assertThat(md.indexOf("**Findings:**")).isLessThan(md.indexOf("### Maturity"));
  }

  @Test
  void wrappingKeepsEveryWordAndIndentsUnderTheLabel() {
    String line = "Route:          " + "word ".repeat(40).trim();
    String wrapped = Formatting.wrap(line, 100);
    assertThat(wrapped.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    assertThat(wrapped.lines().skip(1))
        .allSatisfy(l -> assertThat(l).startsWith(" ".repeat(16) + "w"));
    assertThat(Arrays.stream(wrapped.split("\\s+")).filter(w -> w.equals("word"))).hasSize(40);
    String path = "  [RULE-1] " + "x".repeat(150);
    assertThat(Formatting.wrap(path, 100).lines())
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    assertThat(Formatting.wrap(path, 100).replaceAll("\\s", ""))
        .isEqualTo(path.replaceAll("\\s", ""));
  }
}
