package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.report.internal.ReportTexts;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.text.Languages;
import io.github.crmstrategy.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Keeps the languages complete: the English and Russian report bundles and HTML theme labels have
 * the same keys, every rule of the default pack has a Russian title and remediation, and no Russian
 * key names a rule the pack does not have (a renamed or removed rule leaves no stale text behind).
 */
class LanguageBundlesTest {
  private static Set<String> keys(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = LanguageBundlesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  @Test
  void englishAndRussianReportBundlesHaveTheSameKeys() throws IOException {
    Set<String> en = keys("/io/github/crmstrategy/report/i18n/report.properties");
    Set<String> ru = keys("/io/github/crmstrategy/report/i18n/report_ru.properties");
    assertThat(ru).isEqualTo(en);
    assertThat(en).isNotEmpty();
  }

  /**
   * No bundle sets a key twice: a .properties file keeps the last value silently, so a second
   * {@code route.span} would change a text far from where it was written.
   */
  @Test
  void noBundleSetsAKeyTwice() throws IOException {
    for (String resource :
        List.of(
            "/io/github/crmstrategy/report/i18n/report.properties",
            "/io/github/crmstrategy/report/i18n/report_ru.properties",
            "/io/github/crmstrategy/report/theme/labels.properties",
            "/io/github/crmstrategy/report/theme/labels_ru.properties")) {
      Set<String> seen = new TreeSet<>();
      try (InputStream in = LanguageBundlesTest.class.getResourceAsStream(resource)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String l = line.strip();
          if (l.isEmpty() || l.startsWith("#") || !l.contains("=")) {
            continue;
          }
          String key = l.substring(0, l.indexOf('=')).replace("\\ ", " ").strip();
          assertThat(seen.add(key)).as("%s sets %s twice", resource, key).isTrue();
        }
      }
    }
  }

  @Test
  void englishAndRussianThemeLabelsHaveTheSameKeys() throws IOException {
    Set<String> en = keys("/io/github/crmstrategy/report/theme/labels.properties");
    Set<String> ru = keys("/io/github/crmstrategy/report/theme/labels_ru.properties");
    assertThat(ru).isEqualTo(en);
    assertThat(en).contains("block.customerExperience", "series.today");
  }

  @Test
  void everyRuleHasARussianTitleAndRemediation() {
    Messages ru = Messages.of(ReportTexts.RULES, Languages.RUSSIAN);
    List<RuleDescriptor> rules = SampleReports.REVIEWER.rules();
    assertThat(rules).isNotEmpty();
    for (RuleDescriptor r : rules) {
      assertThat(ru.has(r.id() + ".title")).as("%s.title in rules_ru.properties", r.id()).isTrue();
      assertThat(ru.has(r.id() + ".remediation"))
          .as("%s.remediation in rules_ru.properties", r.id())
          .isTrue();
    }
  }

  @Test
  void russianRuleTextsNameOnlyRulesOfThePack() throws IOException {
    Set<String> ids = new TreeSet<>();
    SampleReports.REVIEWER.rules().forEach(r -> ids.add(r.id()));
    for (String key : keys("/io/github/crmstrategy/rules/i18n/rules_ru.properties")) {
      assertThat(ids).as("rule of key %s", key).contains(key.substring(0, key.indexOf('.')));
      assertThat(key.substring(key.indexOf('.') + 1))
          .isIn("title", "rationale", "remediation", "message");
    }
  }

  @Test
  void russianPatternsLeaveNoArgumentUnfilledOnTheRussianSample() {
    ReviewedPlan plan = SampleReports.reviewed("energy-retailer-ru");
    ReviewedPlan ru = ReportTexts.of(Languages.RUSSIAN).localize(plan);
    ru.report()
        .findings()
        .forEach(
            f -> {
              assertThat(f.message()).as(f.ruleId()).doesNotContain("{").doesNotContain("#");
              assertThat(f.remediation()).as(f.ruleId()).doesNotContain("{");
              assertThat(f.remediation()).as(f.ruleId()).containsPattern("\\p{IsCyrillic}");
            });
  }
}
