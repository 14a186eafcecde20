package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;

/**
 * One per plan with a CRM strategy: who carries the CRM change, as its governance, roles and tasks
 * say.
 *
 * @param path element path of the governance ({@code crmStrategy.governance}), or of the CRM
 *     strategy when it defines none
 * @param hasGovernance whether the CRM strategy defines governance
 * @param positions the sponsor (when named) and the governance roles that have a holder
 * @param soleHolder the one person who holds every position when there are two or more and all are
 *     held by the same person; empty otherwise
 * @param changeManagement whether a governance role or a task (corporate or CRM) is about change
 *     management: training, adoption, involving the people the change reaches
 * @param changeManagementEvidence the element that is, in words; empty when none
 */
public record GovernanceFact(
    ElementPath path,
    boolean hasGovernance,
    int positions,
    String soleHolder,
    boolean changeManagement,
    String changeManagementEvidence) {}
