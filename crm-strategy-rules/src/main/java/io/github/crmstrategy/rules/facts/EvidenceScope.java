package io.github.crmstrategy.rules.facts;

/**
 * What a piece of maturity evidence describes: the company today, the company at the end of the
 * plan's horizon if the plan is carried out, or the strategy document itself.
 */
public enum EvidenceScope {
  /**
   * Today only: the systems, data and practices in use, live capabilities, roles held since a date,
   * indicator baselines and history, benchmarks, the outcome of prior initiatives. Never targets,
   * planned or building capabilities, or milestones.
   */
  CURRENT,
  /**
   * At the end of the horizon: today plus what the plan puts in place by then (capabilities a dated
   * milestone or phase delivers inside the horizon, roles with a holder, indicators with a target).
   * Results (top quartile, improving trends, succeeded initiatives) stay today's: a plan cannot
   * promise them.
   */
  TARGET,
  /** The strategy document: links, owners, indicators and sections; not the company's maturity. */
  DOCUMENT
}
