package io.github.crmstrategy.document;

import io.github.crmstrategy.model.PlanDocument;
import java.util.List;

/** Checks a parsed plan for what makes it meaningless. TODO(helper B). */
public final class PlanValidator {
  private PlanValidator() {}

  /** Every problem of {@code plan}, in document order; empty when it is valid. */
  public static List<Problem> validate(PlanDocument plan) {
    return List.of();
  }
}
