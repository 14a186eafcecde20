package io.github.crmstrategy.testing;

import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.samples.Samples;

/**
 * The reference document {@code northwind-telecom.yaml}, the single copy in crm-strategy-samples.
 */
public final class ReferencePlan {
  private ReferencePlan() {}

  /** The reference plan, read and validated. */
  public static PlanDocument northwindTelecom() {
    try {
      return PlanDocuments.read(
              Samples.content(Samples.NORTHWIND_TELECOM),
              "northwind-telecom.yaml",
              DocumentFormat.YAML)
          .plan();
    } catch (Exception e) {
      throw new IllegalStateException("The reference plan does not load", e);
    }
  }
}
