package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;

/**
 * A corporate strategy ({@link Scope#CORPORATE}) or a relationship strategy of the CRM strategy
 * ({@link Scope#CRM}).
 *
 * @param id strategy id
 * @param path element path
 * @param scope corporate or CRM (relationship strategy)
 * @param area functional area id ({@code crm}, {@code marketing}...), empty for relationship
 *     strategies or when absent
 * @param statement the statement, empty when absent
 * @param goalCount goals it serves
 * @param taskCount tasks that carry it out
 * @param segmentCount segments it targets (relationship strategies)
 */
public record StrategyFact(
    String id,
    ElementPath path,
    Scope scope,
    String area,
    String statement,
    int goalCount,
    int taskCount,
    int segmentCount) {}
