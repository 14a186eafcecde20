package io.github.crmstrategy.rules.facts;

/**
 * A row of the industry benchmark table: the plausible range of an indicator kind in an industry.
 *
 * @param industry industry in lower case, or {@code *} for any industry
 * @param kind indicator kind
 * @param low lowest plausible value
 * @param high highest plausible value
 * @param source where the range comes from
 */
public record BenchmarkRange(
    String industry, String kind, double low, double high, String source) {}
