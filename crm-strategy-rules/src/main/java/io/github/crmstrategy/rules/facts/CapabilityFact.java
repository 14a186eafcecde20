package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;

/**
 * A capability of the CRM system concept.
 *
 * @param id capability id
 * @param path element path
 * @param name name, empty when absent
 * @param realizesCount CRM tasks it realises
 * @param phase phase id, empty when absent
 * @param deliveringMilestoneCount roadmap milestones that deliver it
 * @param live whether the plan says it is live today ({@code status: live}): it needs no phase or
 *     milestone to deliver it
 */
public record CapabilityFact(
    String id,
    ElementPath path,
    String name,
    int realizesCount,
    String phase,
    int deliveringMilestoneCount,
    boolean live) {}
