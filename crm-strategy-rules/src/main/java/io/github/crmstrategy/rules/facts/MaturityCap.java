package io.github.crmstrategy.rules.facts;

/**
 * Negative present-day evidence that holds a building block down, whatever its criteria earn: when
 * the {@link Evidence} of {@code measure} reaches {@code atLeast} in a scope, the block's level in
 * that scope is at most {@code maxLevel}. For example customer data that the company's own SWOT
 * calls split across systems holds information and technology at level 2. A rule inserts a {@link
 * LevelCap} for each cap in force.
 *
 * @param id cap id, e.g. {@code CAP-SILOED-DATA}
 * @param block building block id it holds
 * @param measure the {@link Evidence#measure()} it reads
 * @param atLeast the value from which it holds
 * @param maxLevel the highest level the block can have while it holds
 * @param description why, in the client's terms
 */
public record MaturityCap(
    String id, String block, String measure, double atLeast, int maxLevel, String description) {}
