package io.github.crmstrategy.rules.facts;

/**
 * A criterion of the maturity scoring model: a fact about the plan that earns a building block up
 * to {@code weight} points. Rules evaluate criteria and insert a {@link CriterionScore}.
 *
 * @param id criterion id, e.g. {@code MAT-VIS-1}
 * @param block building block id
 * @param weight points it is worth
 * @param description what it checks
 */
public record MaturityCriterion(String id, String block, double weight, String description) {}
