package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;

/**
 * A section of the CRM concept document.
 *
 * @param id section id (the key under {@code crmConcept.sections})
 * @param path element path
 * @param length length of its text in characters
 */
public record ConceptSectionFact(String id, ElementPath path, int length) {}
