package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import java.time.LocalDate;

/**
 * An implementation phase of the CRM concept.
 *
 * @param id phase id
 * @param path element path
 * @param start first day, {@code null} when absent
 * @param end last day, {@code null} when absent
 */
public record PhaseFact(String id, ElementPath path, LocalDate start, LocalDate end) {}
