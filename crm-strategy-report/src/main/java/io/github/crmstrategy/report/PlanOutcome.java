package io.github.crmstrategy.report;

/**
 * What became of one plan of a batch: reviewed ({@link ReviewedPlan}), rejected as invalid ({@link
 * InvalidPlan}, with its located problems) or cut short while being assessed ({@link CutShortPlan},
 * with the reason). Every outcome is named in every report format, so that a batch report never
 * leaves a plan out.
 */
public sealed interface PlanOutcome permits ReviewedPlan, InvalidPlan, CutShortPlan {
  /** The plan's name in reports: the file as given, or {@code NAME.yaml} for a sample. */
  String name();
}
