package io.github.crmstrategy.rules.facts;

/**
 * A competitor of the current-state assessment.
 *
 * @param name competitor name
 * @param path element path
 * @param position {@code ahead}, {@code level}, {@code behind}, or empty when absent
 */
public record CompetitorFact(String name, String path, String position) {}
