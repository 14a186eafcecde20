package io.github.crmstrategy.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.samples.Samples;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SamplesTest {

  static Iterable<String> sampleNames() {
    return Samples.names();
  }

  @ParameterizedTest
  @MethodSource("sampleNames")
  void everySampleIsAValidDocument(String name) throws Exception {
    LoadedPlan loaded = SamplePlans.load(name);

    PlanDocument plan = loaded.plan();
    assertThat(plan.formatVersion()).isEqualTo(PlanDocument.CURRENT_FORMAT_VERSION);
    assertThat(plan.organization().name()).isNotBlank();
    assertThat(plan.organization().industry()).isPresent();
    assertThat(plan.crmStrategy()).isPresent();
    assertThat(loaded.source()).endsWith(name + ".yaml");
  }

  @Test
  void samplesCoverSevenIndustriesWithSecondRevisions() throws Exception {
    assertThat(Samples.names())
        .extracting(
            n -> {
              try {
                return SamplePlans.load(n).plan().organization().industry().orElseThrow();
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            })
        .containsExactly(
            "telecommunications",
            "travel",
            "travel",
            "retail",
            "retail",
            "insurence",
            "hospitality",
            "Энергосбыт",
            "logistics");
  }

  @Test
  void travelCompanyAimsAtTwentyPercentReturningCustomers() throws Exception {
    PlanDocument plan = SamplePlans.load(Samples.TRAVEL_COMPANY).plan();
    assertThat(plan.organization().name()).isEqualTo("Meridian Travel");
    assertThat(plan.crmStrategy().orElseThrow().goals())
        .flatExtracting(g -> g.indicators())
        .filteredOn(i -> i.kind().orElse("").equals("returningCustomerRatio"))
        .singleElement()
        .satisfies(i -> assertThat(i.target().orElseThrow().value()).isEqualTo(20.0));
  }

  @Test
  void weakPlanLacksWhatAReviewLooksFor() throws Exception {
    PlanDocument plan = SamplePlans.load(Samples.WEAK_PLAN).plan();
    assertThat(plan.currentState()).isEmpty();
    assertThat(plan.crmStrategy().orElseThrow().governance()).isEmpty();
    assertThat(plan.crmStrategy().orElseThrow().goals()).allMatch(g -> g.supports().isEmpty());
    assertThat(plan.crmConcept().orElseThrow().sections()).hasSizeLessThan(9);
  }

  @Test
  void theHighMaturitySampleSaysWhatItRunsToday() throws Exception {
    PlanDocument plan = SamplePlans.load(Samples.NORDVIK_LOGISTICS).plan();
    var state = plan.currentState().orElseThrow();
    assertThat(state.systems()).isNotEmpty().allMatch(s -> s.since().isPresent());
    assertThat(state.priorInitiatives())
        .anyMatch(p -> p.outcome().map(o -> o.toString().equals("succeeded")).orElse(false));
    assertThat(plan.crmConcept().orElseThrow().capabilities())
        .anyMatch(c -> c.status().map(s -> s.toString().equals("live")).orElse(false));
  }

  @Test
  void unknownSampleIsRejectedWithTheKnownNames() {
    assertThatThrownBy(() -> Samples.content("nope"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("weak-plan");
  }
}
