package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.crmstrategy.report.internal.ReportTexts;
import io.github.crmstrategy.report.internal.RuleTextLocalizer;
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
 * the same keys; every rule of the default pack has a Russian title, rationale, remediation and
 * message; every criterion and cap of the maturity model, every vocabulary area, indicator kind,
 * industry and relation of the rule data has a Russian text; and no Russian key names a rule or
 * criterion the pack does not have (a renamed or removed one leaves no stale text behind). English
 * rule texts are the rules' own metadata and the data's own words, so a missing Russian text is the
 * only gap there can be.
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
  void everyRuleHasARussianTitleRationaleRemediationAndMessage() {
    Messages ru = Messages.of(ReportTexts.RULES, Languages.RUSSIAN);
    List<RuleDescriptor> rules = SampleReports.REVIEWER.rules();
    assertThat(rules).hasSizeGreaterThan(120);
    for (RuleDescriptor r : rules) {
      for (String part : List.of("title", "rationale", "remediation", "message")) {
        assertThat(ru.has(r.id() + "." + part))
            .as("%s.%s in rules_ru.properties", r.id(), part)
            .isTrue();
      }
      assertThat(ru.has(r.id() + ".analystNote"))
          .as("%s.analystNote in rules_ru.properties", r.id())
          .isEqualTo(!r.analystNote().isBlank());
    }
  }

  /**
   * The namespaces of the rule bundle beside the rules' own keys: the parts of messages their
   * arguments name, and the names of the data's areas, indicator kinds and industries.
   */
  private static final List<String> RULE_PARTS =
      List.of(
          "also",
          "rate",
          "value",
          "scaleMismatch",
          "quotedSection",
          "name.",
          "reason.",
          "order.",
          "relation.",
          "swot.",
          "currentStatePart.",
          "indicatorPart.",
          "area.",
          "indicatorKind.",
          "industry.",
          "param.",
          "reference.");

  @Test
  void russianRuleTextsNameOnlyRulesOfThePackOrTheirParts() throws IOException {
    Set<String> ids = new TreeSet<>();
    SampleReports.REVIEWER.rules().forEach(r -> ids.add(r.id()));
    for (String key : keys("/io/github/crmstrategy/rules/i18n/rules_ru.properties")) {
      if (key.matches("[A-Z]+-\\d+\\..*")) {
        assertThat(ids).as("rule of key %s", key).contains(key.substring(0, key.indexOf('.')));
        assertThat(key.substring(key.indexOf('.') + 1))
            .isIn("title", "rationale", "remediation", "message", "analystNote");
      } else {
        assertThat(RULE_PARTS).as("namespace of key %s", key).anyMatch(key::startsWith);
      }
    }
  }

  /** The ids of the rows of list {@code list} of a rule data file. */
  private static Set<String> ids(String data, String list, String field) throws IOException {
    try (InputStream in =
        LanguageBundlesTest.class.getResourceAsStream(
            "/io/github/crmstrategy/rules/data/" + data)) {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      Set<String> out = new TreeSet<>();
      root.path(list).forEach(row -> out.add(row.path(field).asText()));
      return out;
    }
  }

  @Test
  void everyCriterionCapAndTermOfTheRuleDataHasARussianText() throws IOException {
    Messages rules = Messages.of(ReportTexts.RULES, Languages.RUSSIAN);
    Messages maturity = Messages.of(RuleTextLocalizer.MATURITY, Languages.RUSSIAN);
    Set<String> criteria = new TreeSet<>(ids("maturity-model.yaml", "criteria", "id"));
    criteria.addAll(ids("maturity-model.yaml", "quality", "id"));
    assertThat(criteria).hasSizeGreaterThan(80);
    criteria.forEach(
        c ->
            assertThat(maturity.has("criterion." + c + ".description"))
                .as("criterion %s", c)
                .isTrue());
    Set<String> caps = ids("maturity-model.yaml", "caps", "id");
    caps.forEach(
        c -> assertThat(maturity.has("cap." + c + ".description")).as("cap %s", c).isTrue());
    for (String key : keys("/io/github/crmstrategy/rules/i18n/maturity_ru.properties")) {
      if (key.startsWith("criterion.")) {
        assertThat(criteria).as("criterion of key %s", key).contains(key.split("\\.")[1]);
      } else if (key.startsWith("cap.")) {
        assertThat(caps).as("cap of key %s", key).contains(key.split("\\.")[1]);
      } else {
        assertThat(key).matches("(measure|hold|step|action|maturity)\\..+");
      }
    }
    // the vocabulary's areas, the catalogue's kinds, the benchmarks' industries, the relations
    Set<String> areas = new TreeSet<>();
    try (InputStream in =
        LanguageBundlesTest.class.getResourceAsStream(
            "/io/github/crmstrategy/rules/data/vocabulary.yaml")) {
      new ObjectMapper(new YAMLFactory())
          .readTree(in)
          .path("concepts")
          .forEach(
              c -> {
                if (c.path("type").asText().equals("area")) {
                  areas.add(c.path("id").asText());
                }
              });
    }
    assertThat(areas).isNotEmpty();
    areas.forEach(a -> assertThat(rules.has("area." + a)).as("area %s", a).isTrue());
    ids("indicator-catalogue.yaml", "kinds", "id")
        .forEach(k -> assertThat(rules.has("indicatorKind." + k)).as("kind %s", k).isTrue());
    ids("industries.yaml", "industries", "id")
        .forEach(i -> assertThat(rules.has("industry." + i)).as("industry %s", i).isTrue());
    ids("parameters.yaml", "parameters", "name")
        .forEach(
            p ->
                assertThat(rules.has("param." + p + ".description"))
                    .as("parameter %s", p)
                    .isTrue());
    ids("indicator-relations.yaml", "relations", "id")
        .forEach(
            r ->
                assertThat(rules.has("relation." + r + ".explanation"))
                    .as("relation %s", r)
                    .isTrue());
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
