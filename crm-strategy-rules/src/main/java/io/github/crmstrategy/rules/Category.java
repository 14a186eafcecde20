package io.github.crmstrategy.rules;

/** What a finding is about. */
public enum Category {
  /** CRM maturity across Gartner's eight building blocks. */
  MATURITY,
  /** Links between the CRM strategy and the corporate strategy (balanced scorecard). */
  ALIGNMENT,
  /** Whether indicators and targets are measurable, realistic and consistent (SMART). */
  REALISM,
  /** Parts of the plan a strategy review expects to find. */
  COMPLETENESS
}
