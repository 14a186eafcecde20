package io.github.crmstrategy.rules.facts;

/**
 * A level of the maturity scale and its name (CMMI-style: 1 Initial, 2 Managed, 3 Defined, 4
 * Quantitatively managed, 5 Optimising). A block reaches level {@code n} when it reaches every tier
 * from 2 to {@code n} (see {@link MaturityCriterion#tier()}).
 *
 * @param level level 1..5
 * @param name level name
 */
public record MaturityLevel(int level, String name) {}
