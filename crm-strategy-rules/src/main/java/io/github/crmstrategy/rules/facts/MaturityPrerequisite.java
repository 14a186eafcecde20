package io.github.crmstrategy.rules.facts;

/**
 * A building block that rests on another: in every scope, {@code block}'s level is at most {@code
 * requires}'s level plus {@code maxAbove} (metrics cannot be quantitatively managed on customer
 * data that is not managed).
 *
 * @param block building block id that is held
 * @param requires building block id it rests on
 * @param maxAbove how many levels it may stand above it
 */
public record MaturityPrerequisite(String block, String requires, int maxAbove) {}
