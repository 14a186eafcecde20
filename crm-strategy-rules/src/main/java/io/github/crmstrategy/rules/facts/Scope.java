package io.github.crmstrategy.rules.facts;

/** Which part of the plan an element belongs to. */
public enum Scope {
  /** The corporate strategic plan. */
  CORPORATE,
  /** The CRM strategy. */
  CRM
}
