package io.github.crmstrategy.benchmarks;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.testing.PlanGenerators;
import io.github.crmstrategy.testing.ReferencePlan;

/** The plans the benchmarks run on. */
public final class Plans {
  private Plans() {}

  /**
   * The reference shape scaled {@code factor} times ({@code 1}: the reference's element counts).
   */
  public static PlanDocument scaled(int factor) {
    return PlanGenerators.scaled(factor);
  }

  /** The reference document {@code northwind-telecom.yaml} of the core test-jar. */
  public static PlanDocument reference() {
    return ReferencePlan.northwindTelecom();
  }
}
