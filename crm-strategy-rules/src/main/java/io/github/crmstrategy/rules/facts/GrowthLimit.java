package io.github.crmstrategy.rules.facts;

/**
 * The largest yearly change a target of an indicator kind may need before it is unrealistic, in the
 * indicator's own terms (points per year for percentages, compound percent per year otherwise).
 *
 * @param kind indicator kind, or {@code *} for kinds without a row of their own
 * @param maxYearlyChange largest plausible absolute yearly change
 * @param source where the limit comes from
 */
public record GrowthLimit(String kind, double maxYearlyChange, String source) {}
