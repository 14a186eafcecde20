package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;

/**
 * A corporate strategic goal ({@link Scope#CORPORATE}) or a CRM customer goal ({@link Scope#CRM}).
 *
 * @param id goal id
 * @param path element path, e.g. {@code crmStrategy.goals[CG1]}
 * @param scope corporate or CRM
 * @param statement the goal statement, empty when absent
 * @param perspective balanced-scorecard perspective id ({@code customer}...), empty when absent or
 *     CRM
 * @param indicatorCount number of key indicators
 * @param supportCount CRM goals: corporate goals it supports; corporate: 0
 * @param servingStrategyCount strategies serving it (corporate strategies for a corporate goal,
 *     relationship strategies for a CRM goal)
 * @param supportingCrmGoalCount corporate goals: CRM goals that support it; CRM: 0
 */
public record GoalFact(
    String id,
    ElementPath path,
    Scope scope,
    String statement,
    String perspective,
    int indicatorCount,
    int supportCount,
    int servingStrategyCount,
    int supportingCrmGoalCount) {}
