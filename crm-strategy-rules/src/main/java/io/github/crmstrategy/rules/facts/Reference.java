package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;

/**
 * One link between two plan elements, as written in the document. Joining on {@code to} or {@code
 * from} with {@code ==} is indexed by the engine, so rules that follow links stay linear.
 *
 * <p>Relations: {@code serves} (strategy to goal), {@code supports} (CRM goal to corporate goal),
 * {@code carriesOut} (task to strategy), {@code targets} (relationship strategy to segment), {@code
 * realizes} (capability to CRM task), {@code inPhase} (capability to phase), {@code delivers}
 * (milestone to capability), {@code answers} (corporate goal to SWOT item), {@code details} (CRM
 * strategy to corporate strategy), {@code offeredTo} (offering to segment), {@code addresses}
 * (strategy, relationship strategy or task to the environment statement, SWOT item, competitor or
 * prior initiative it answers), {@code reuses} (capability or task to a prior initiative's reusable
 * result, by its text), {@code dependsOn} (capability to the capability that must be live first),
 * {@code drives} (capability to the indicator it makes reachable, as the plan says) and {@code
 * drivesByLink} (the same, derived for a capability without {@code drives}: the indicators of the
 * CRM goals served by the relationship strategies its CRM tasks carry out).
 *
 * @param relation the relation name
 * @param from id of the element that holds the reference (the CRM strategy: {@code crmStrategy})
 * @param fromPath element path of the reference entry, e.g. {@code
 *     crmStrategy.goals[CG1].supports[G1]}
 * @param to the referenced id
 */
public record Reference(String relation, String from, ElementPath fromPath, String to) {}
