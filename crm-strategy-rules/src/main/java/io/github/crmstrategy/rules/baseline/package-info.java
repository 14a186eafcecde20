/**
 * Baselines: the accepted findings of one revision of a plan, keyed by rule id and element path
 * ({@link io.github.crmstrategy.rules.FindingKey}), and the comparison of a later assessment with
 * them (new, existing, resolved).
 */
package io.github.crmstrategy.rules.baseline;
