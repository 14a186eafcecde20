package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.report.internal.Formatting;
import io.github.crmstrategy.report.internal.ReportTexts;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.samples.Samples;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text and Markdown reports read on a terminal and in a review: at most 100 columns, the
 * summary first, one remediation per rule rather than one per finding.
 */
class ReadableTextReportsTest {
  /** Every sample in English and in Russian, whatever the language it declares. */
  static List<Arguments> samplesInEachLanguage() {
    return Samples.names().stream()
        .flatMap(s -> Stream.of(Arguments.of(s, "en"), Arguments.of(s, "ru")))
        .toList();
  }

  private static String render(ReportFormat format, ReviewedPlan plan, String lang) {
    return ReportRenderer.of(format)
        .withRules(SampleReports.REVIEWER.rules())
        .withLocale(Locale.forLanguageTag(lang))
        .render(plan);
  }

  private static void assertWidth(String name, String report) {
    String[] lines = report.split("\n");
    for (int i = 0; i < lines.length; i++) {
      assertThat(Formatting.columns(lines[i]))
          .as("%s line %d: %s", name, i + 1, lines[i])
          .isLessThanOrEqualTo(100);
    }
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("samplesInEachLanguage")
  void textAndMarkdownStayWithinOneHundredColumns(String sample, String lang) {
    ReviewedPlan plan = SampleReports.reviewed(sample);
    assertWidth(sample + ".txt", render(ReportFormat.TEXT, plan, lang));
    assertWidth(sample + ".md", render(ReportFormat.MARKDOWN, plan, lang));
    assertWidth(
        sample + ".txt in colour",
        ReportRenderer.of(ReportFormat.TEXT)
            .withColor(true)
            .withLocale(Locale.forLanguageTag(lang))
            .render(plan));
  }

  @Test
  void comparisonsStayWithinOneHundredColumns() {
    for (List<String> pair : SampleReports.REVISIONS) {
      Comparison c = SampleReports.compare(pair.get(0), pair.get(1));
      assertWidth(pair + " text", ReportRenderer.of(ReportFormat.TEXT).render(c));
      assertWidth(pair + " markdown", ReportRenderer.of(ReportFormat.MARKDOWN).render(c));
    }
  }

  @Test
  void trendsStayWithinOneHundredColumnsHoweverManyRevisions() {
    List<ReviewedPlan> pharmacy = SampleReports.pharmacy();
    List<ReviewedPlan> many = new java.util.ArrayList<>();
    for (int i = 0; i < 14; i++) {
      many.add(pharmacy.get(i % pharmacy.size()));
    }
    for (Trend t : List.of(Trend.of(pharmacy), Trend.of(many))) {
      String n = t.revisions().size() + " revisions";
      assertWidth(n + " text", ReportRenderer.of(ReportFormat.TEXT).render(t));
      assertWidth(n + " in colour", ReportRenderer.of(ReportFormat.TEXT).withColor(true).render(t));
      assertWidth(n + " markdown", ReportRenderer.of(ReportFormat.MARKDOWN).render(t));
    }
    // Fourteen revisions take three tables of at most six revisions each, per horizon.
    String text = ReportRenderer.of(ReportFormat.TEXT).render(Trend.of(many));
    assertThat(text).contains("(#1 to #6)", "(#7 to #12)", "(#13 to #14)");
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("samplesInEachLanguage")
  void theSummaryComesFirstAndEachRuleIsRemediedOnce(String sample, String lang) {
    boolean en = lang.equals("en");
    ReviewedPlan reviewed = SampleReports.reviewed(sample);
    // The findings as the report shows them, in its language.
    ReviewedPlan plan = ReportTexts.of(Locale.forLanguageTag(lang)).localize(reviewed);
    String text = render(ReportFormat.TEXT, reviewed, lang);
    // The maturity table's header line ("Блок «...»" also starts sentences of the summary).
    String table = en ? "Building block" : "Блок" + " ".repeat(28) + "Баллы";
    int summary =
        text.indexOf(
            (en ? "Findings:       " : "Замечания:       ")
                + plan.report().findings().size()
                + " (");
    assertThat(summary).isPositive();
    assertThat(summary).isLessThan(text.indexOf(table));
    for (Finding f : plan.report().findings()) {
      if (f.remediation().isBlank()) {
        continue;
      }
      // The summary and the next actions may name a problem's remedy; from the maturity table on,
      // each rule's remediation is given once.
      String unwrapped = text.substring(text.indexOf(table)).replaceAll("\n +", " ");
      int occurrences =
          unwrapped.split(java.util.regex.Pattern.quote(f.remediation()), -1).length - 1;
      // Once per rule: two rules may give the same advice (REAL-019 and REAL-020 do).
      long rulesWithIt =
          plan.report().findings().stream()
              .filter(g -> g.remediation().equals(f.remediation()))
              .map(Finding::ruleId)
              .distinct()
              .count();
      assertThat(occurrences).as("remediation of %s", f.ruleId()).isEqualTo((int) rulesWithIt);
    }
    String md = render(ReportFormat.MARKDOWN, reviewed, lang);
    assertThat(md.indexOf(en ? "**Findings:**" : "**Замечания:**"))
        .isPositive()
        .isLessThan(md.indexOf(en ? "### Maturity" : "### Зрелость"));
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
