package io.github.crmstrategy.rules;

/** How much a finding matters. Declared from most to least severe. */
public enum Severity {
  /** The plan cannot work as written. */
  ERROR,
  /** A reviewer would ask for a change. */
  WARNING,
  /** Worth knowing; no change required. */
  INFO
}
