package io.github.crmstrategy.rules.facts;

/**
 * A criterion of the maturity scoring model: a fact about the plan that earns a building block up
 * to {@code weight} points at a {@code tier} of the staged model. Rules evaluate criteria and
 * insert a {@link CriterionScore}.
 *
 * <p>A block reaches a tier when it earns at least the share {@code maturity.tier.passRatio} of the
 * points of that tier's criteria; its level is the highest tier reached with every lower tier
 * reached too (level 1 when tier 2 is not reached).
 *
 * @param id criterion id, e.g. {@code MAT-VIS-1}
 * @param block building block id
 * @param tier the level (2..5) the criterion evidences
 * @param weight points it is worth
 * @param description what it checks
 */
public record MaturityCriterion(
    String id, String block, int tier, double weight, String description) {}
