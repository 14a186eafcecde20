package io.github.crmstrategy.rules.facts;

/**
 * A building block of the maturity model and its weight in the overall score.
 *
 * @param block building block id
 * @param weight weight in the overall score
 */
public record BlockWeight(String block, double weight) {}
