package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;

/**
 * A prior CRM initiative of the current-state assessment.
 *
 * @param name initiative name
 * @param path element path
 * @param outcome {@code failed}, {@code partial}, {@code succeeded}, or empty when absent
 * @param reusableCount reusable assets listed
 */
public record PriorInitiativeFact(
    String name, ElementPath path, String outcome, int reusableCount) {}
