package io.github.crmstrategy.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanCheckerTest {
  @Test
  void closestIsCaseInsensitiveNearestAndBounded() {
    assertThat(PlanChecker.closest("cg1", List.of("G1", "CG1"))).contains("CG1");
    assertThat(PlanChecker.closest("G9", List.of("G1", "G2"))).contains("G1");
    assertThat(PlanChecker.closest("CRM-1", List.of("CRM-12", "CRM-1X", "CRM1")))
        .contains("CRM-12");
    assertThat(PlanChecker.closest("G99", List.of("G1"))).isEmpty();
    assertThat(PlanChecker.closest("LONG-ID", List.of("OTHER"))).isEmpty();
  }
}
