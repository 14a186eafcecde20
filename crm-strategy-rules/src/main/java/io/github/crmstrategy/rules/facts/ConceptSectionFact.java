package io.github.crmstrategy.rules.facts;

/**
 * A section of the CRM concept document.
 *
 * @param id section id (the key under {@code crmConcept.sections})
 * @param path element path
 * @param length length of its text in characters
 */
public record ConceptSectionFact(String id, String path, int length) {}
