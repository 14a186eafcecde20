package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.samples.Samples;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The language of a comparison and of a trend is chosen as a report's is: {@code withLocale}, else
 * the language every revision declares, else the platform's; the JSON keys never change.
 */
class RevisionsLanguageTest {
  private static final ReviewedPlan RUSSIAN = SampleReports.reviewed("energy-retailer-ru");
  private static final ReviewedPlan ENGLISH = SampleReports.reviewed(Samples.TRAVEL_COMPANY);

  @Test
  void revisionsThatAllDeclareRussianAreComparedInRussian() {
    String text = ReportRenderer.of(ReportFormat.TEXT).render(Comparison.of(RUSSIAN, RUSSIAN));
    assertThat(text).startsWith("Сравнение ").contains("Замечания без изменений: ");
    String trend =
        ReportRenderer.of(ReportFormat.MARKDOWN).render(Trend.of(List.of(RUSSIAN, RUSSIAN)));
    assertThat(trend).startsWith("## Динамика стратегии CRM: ЭнергоСбыт Поволжья");
  }

  @Test
  void withLocaleWinsOverThePlansLanguage() {
    String text =
        ReportRenderer.of(ReportFormat.TEXT)
            .withLocale(Locale.ENGLISH)
            .render(Comparison.of(RUSSIAN, RUSSIAN));
    assertThat(text).startsWith("Comparing ").contains("Unchanged findings: ");
  }

  @Test
  void revisionsThatDisagreeTakeThePlatformsLanguage() {
    Comparison mixed = Comparison.of(ENGLISH, RUSSIAN);
    String platform =
        ReportRenderer.of(ReportFormat.TEXT).withLocale(Locale.getDefault()).render(mixed);
    assertThat(ReportRenderer.of(ReportFormat.TEXT).render(mixed)).isEqualTo(platform);
  }

  @Test
  void theWarningOfTwoOrganisationsIsInTheChosenLanguageAndTheJsonKeysStay() throws Exception {
    Comparison mixed = Comparison.of(ENGLISH, RUSSIAN);
    ReportRenderer ru =
        ReportRenderer.of(ReportFormat.JSON).withLocale(Locale.forLanguageTag("ru"));
    assertThat(ru.warnings(mixed))
        .singleElement()
        .asString()
        .contains("«Meridian Travel»", "«ЭнергоСбыт Поволжья»", "разных организаций");
    assertThat(mixed.warnings()).singleElement().asString().contains("'Meridian Travel'");
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var ruJson = mapper.readTree(ru.render(mixed));
    var enJson =
        mapper.readTree(
            ReportRenderer.of(ReportFormat.JSON).withLocale(Locale.ENGLISH).render(mixed));
    assertThat(ImmutableFieldNames.of(ruJson)).isEqualTo(ImmutableFieldNames.of(enJson));
    assertThat(ruJson.path("warnings").get(0).asText()).isEqualTo(ru.warnings(mixed).get(0));
  }

  /** Every field name of a JSON tree with its path. */
  static final class ImmutableFieldNames {
    static List<String> of(com.fasterxml.jackson.databind.JsonNode node) {
      List<String> out = new java.util.ArrayList<>();
      walk(node, "", out);
      return out;
    }

    private static void walk(
        com.fasterxml.jackson.databind.JsonNode node, String at, List<String> out) {
      if (node.isObject()) {
        node.fieldNames()
            .forEachRemaining(
                f -> {
                  out.add(at + "/" + f);
                  walk(node.get(f), at + "/" + f, out);
                });
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          walk(node.get(i), at + "/" + i, out);
        }
      }
    }
  }
}
