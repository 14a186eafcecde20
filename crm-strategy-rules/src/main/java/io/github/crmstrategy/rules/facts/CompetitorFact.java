package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;

/**
 * A competitor of the current-state assessment.
 *
 * @param name competitor name
 * @param path element path
 * @param position {@code ahead}, {@code level}, {@code behind}, or empty when absent
 */
public record CompetitorFact(String name, ElementPath path, String position) {}
