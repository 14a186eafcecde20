package io.github.crmstrategy.rules.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.rules.facts.IndicatorKind;
import io.github.crmstrategy.rules.internal.pack.RuleData;
import org.junit.jupiter.api.Test;

/** The catalogue, industries and vocabulary as fact extraction reads them. */
class SemanticsTest {
  private static final Semantics S = Semantics.of(RuleData.defaults().facts());

  @Test
  void kindsAreReadInEitherLanguageAndByName() {
    assertThat(S.kind("churnRate", "").map(IndicatorKind::id)).contains("churnRate");
    assertThat(S.kind("Churn_rate", "").map(IndicatorKind::id)).contains("churnRate");
    assertThat(S.kind("отток", "").map(IndicatorKind::id)).contains("churnRate");
    assertThat(S.kind("NRR", "").map(IndicatorKind::id)).contains("netRevenueRetention");
    // without a kind, the longest catalogue name the indicator's name contains
    assertThat(S.kind("", "Net revenue retention of key accounts").map(IndicatorKind::id))
        .contains("netRevenueRetention");
    assertThat(S.kind("", "Доля критиков").map(IndicatorKind::id)).isEmpty();
    // a kind the plan writes that the catalogue does not know stays unknown (not read by name)
    assertThat(S.kind("contractsPerClient", "Customer lifetime value")).isEmpty();
  }

  @Test
  void unitsAndScalesInEitherLanguage() {
    assertThat(S.unit("%")).isEqualTo(new Semantics.Unit("percent", "percent", 1));
    assertThat(S.unit("процентов").dimension()).isEqualTo("percent");
    assertThat(S.unit("тыс. руб.")).isEqualTo(new Semantics.Unit("RUB", "money", 1000));
    assertThat(S.unit("тыс.руб.")).isEqualTo(new Semantics.Unit("RUB", "money", 1000));
    assertThat(S.unit("USD m")).isEqualTo(new Semantics.Unit("USD", "money", 1000000));
    assertThat(S.unit("шт.")).isEqualTo(new Semantics.Unit("count", "count", 1));
    assertThat(S.unit("thousand customers")).isEqualTo(new Semantics.Unit("count", "count", 1000));
    assertThat(S.unit("ч")).isEqualTo(new Semantics.Unit("hours", "time", 1));
    assertThat(S.unit("widgets per fortnight").dimension()).isEqualTo("other");
  }

  @Test
  void industriesAreMatchedThroughTheirNamesWithADidYouMean() {
    assertThat(S.industry("Telco").map(i -> i.id())).contains("telecommunications");
    assertThat(S.industry("ЖКХ").map(i -> i.id())).contains("utilities");
    assertThat(S.industry("insurence")).isEmpty();
    assertThat(S.suggestIndustry("insurence")).contains("insurance");
    assertThat(S.suggestIndustry("aerospace and defence")).isEmpty();
  }

  @Test
  void theVocabularyReadsAreasSignalsAndPlaceholders() {
    assertThat(S.concepts("Customer data split across three billing systems.", "area"))
        .contains("customerData", "singleCustomerView", "billing");
    assertThat(S.concepts("Регулятор ужесточает требования к срокам ответа", "signal"))
        .contains("regulation");
    assertThat(S.placeholder("TBD")).isTrue();
    assertThat(S.placeholder(" - ")).isTrue();
    assertThat(S.placeholder("Требования уточняются.")).isTrue();
    assertThat(S.placeholder("To be decided after the pilot (TBD)")).isTrue();
    assertThat(S.placeholder("Pilot with 20 key accounts")).isFalse();
  }
}
