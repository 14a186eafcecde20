package io.github.crmstrategy.rules.facts;

/**
 * One per plan: the business context benchmarks depend on, as the review resolved it.
 *
 * @param industry the industry id the benchmark tables use ({@link Industry}), empty when the plan
 *     names none or one the tables do not know
 * @param industryText the industry as the plan writes it, empty when absent
 * @param industryKnown whether the plan's industry matched an industry of the tables
 * @param industrySuggestion the closest known industry name when it did not match, empty when none
 *     is close
 * @param businessModel {@code b2b}, {@code b2c} or {@code mixed}; empty when unknown
 * @param businessModelSource where it comes from: {@code organization} (the plan says it) or {@code
 *     segments} (the types of its segments); empty when unknown
 * @param horizonYears length of the plan horizon in years, 0 when it has no complete horizon
 * @param language the plan's language ({@code en}, {@code ru}), empty when not given
 */
public record ContextFact(
    String industry,
    String industryText,
    boolean industryKnown,
    String industrySuggestion,
    String businessModel,
    String businessModelSource,
    double horizonYears,
    String language) {}
