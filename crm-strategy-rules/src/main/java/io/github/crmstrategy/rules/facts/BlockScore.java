package io.github.crmstrategy.rules.facts;

/**
 * The evidenced maturity of one building block, inserted by the scoring rule once every criterion
 * of the block is evaluated.
 *
 * @param block building block id
 * @param score 0..100
 * @param level 1..5
 * @param levelName level name
 */
public record BlockScore(String block, double score, int level, String levelName) {}
