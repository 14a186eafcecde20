package io.github.crmstrategy.rules.facts;

import java.time.LocalDate;

/**
 * An implementation phase of the CRM concept.
 *
 * @param id phase id
 * @param path element path
 * @param start first day, {@code null} when absent
 * @param end last day, {@code null} when absent
 */
public record PhaseFact(String id, String path, LocalDate start, LocalDate end) {}
