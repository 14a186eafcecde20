package io.github.crmstrategy.rules.facts;

/**
 * A section the CRM concept must have (by default the nine sections of RD 50-34.698-90).
 *
 * @param id section id, the key expected under {@code crmConcept.sections}
 * @param title what the section holds
 */
public record RequiredSection(String id, String title) {}
