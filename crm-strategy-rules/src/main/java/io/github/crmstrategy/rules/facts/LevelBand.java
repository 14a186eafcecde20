package io.github.crmstrategy.rules.facts;

/**
 * A maturity level and the score from which it starts (the next band's start ends it).
 *
 * @param level level 1..5
 * @param name level name ({@code Initial}, {@code Managed}...)
 * @param minScore lowest score (0..100) of the level
 * @param maxScore score at which the next level starts (above 100 for the top level)
 */
public record LevelBand(int level, String name, double minScore, double maxScore) {}
