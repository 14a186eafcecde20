package io.github.crmstrategy.rules.facts;

import java.time.LocalDate;

/**
 * One per assessed plan: the document-level facts.
 *
 * @param organization organisation name
 * @param industry industry in lower case, empty when absent
 * @param hasHorizon whether both horizon dates are given
 * @param horizonStart first day of the horizon, {@code null} when absent
 * @param horizonEnd last day of the horizon, {@code null} when absent
 * @param asOf the reference date of the plan: revision date, else horizon start, else null
 * @param environmentCount number of environment-analysis statements
 * @param hasSwot whether the SWOT section is present
 * @param strengthCount SWOT strengths
 * @param weaknessCount SWOT weaknesses
 * @param opportunityCount SWOT opportunities
 * @param threatCount SWOT threats
 * @param corporateVision corporate vision, empty when absent
 * @param mission mission, empty when absent
 * @param hasCrmStrategy whether the crmStrategy section is present
 * @param crmStrategyRef id of the corporate strategy the CRM strategy details, empty when absent
 * @param crmVision CRM vision, empty when absent
 * @param visionSharedTerms key terms the CRM vision shares with the corporate vision
 * @param hasGovernance whether governance is present
 * @param sponsor CRM sponsor, empty when absent
 * @param roleCount governance roles
 * @param rolesWithHolder governance roles that have a holder
 * @param hasCustomerBase whether the customer base is described
 * @param idealSegmentCount segments flagged ideal
 * @param offeringCount offerings
 * @param completeOfferingCount offerings with product, segment, price and at least one channel
 * @param loyalty the loyalty answer, empty when absent
 * @param interaction the interaction answer, empty when absent
 * @param advocacy the advocacy answer, empty when absent
 * @param hasConcept whether the CRM concept section is present
 * @param architecture concept architecture, empty when absent
 * @param hasCurrentState whether the current-state assessment is present
 * @param selfAssessmentCount building blocks self-assessed
 * @param skillCount skills listed
 * @param resourceCount resources listed
 * @param partnerCount partners listed
 * @param customersDescribed whether the current customers are described
 * @param competitorCount competitors listed
 * @param priorInitiativeCount prior CRM initiatives listed
 * @param peerCount peer profiles listed
 * @param hasRoadmap whether the roadmap is present
 * @param milestoneCount roadmap milestones
 * @param hasCorporatePlan whether the corporatePlan section is present
 * @param revisionNumber the plan's revision number, 0 when absent
 */
public record PlanFact(
    String organization,
    String industry,
    boolean hasHorizon,
    LocalDate horizonStart,
    LocalDate horizonEnd,
    LocalDate asOf,
    int environmentCount,
    boolean hasSwot,
    int strengthCount,
    int weaknessCount,
    int opportunityCount,
    int threatCount,
    String corporateVision,
    String mission,
    boolean hasCrmStrategy,
    String crmStrategyRef,
    String crmVision,
    int visionSharedTerms,
    boolean hasGovernance,
    String sponsor,
    int roleCount,
    int rolesWithHolder,
    boolean hasCustomerBase,
    int idealSegmentCount,
    int offeringCount,
    int completeOfferingCount,
    String loyalty,
    String interaction,
    String advocacy,
    boolean hasConcept,
    String architecture,
    boolean hasCurrentState,
    int selfAssessmentCount,
    int skillCount,
    int resourceCount,
    int partnerCount,
    boolean customersDescribed,
    int competitorCount,
    int priorInitiativeCount,
    int peerCount,
    boolean hasRoadmap,
    int milestoneCount,
    boolean hasCorporatePlan,
    int revisionNumber) {}
