package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import java.time.LocalDate;

/**
 * A link along which an {@link OrderingCheck} is broken, inserted by the generic ordering rule; the
 * check's rule reports the violations of each element on the later side as one finding.
 *
 * @param rule id of the reporting rule
 * @param check id of the ordering check
 * @param laterId id of the element whose date comes too early
 * @param laterPath its element path
 * @param laterLabel how messages name it
 * @param laterDate its date
 * @param earlierId id of the element that must come first
 * @param earlierLabel how messages name it
 * @param earlierDate its date (before the lag)
 * @param lagMonths months required between the two
 * @param message the check's message template
 */
public record OrderViolation(
    String rule,
    String check,
    String laterId,
    ElementPath laterPath,
    String laterLabel,
    LocalDate laterDate,
    String earlierId,
    String earlierLabel,
    LocalDate earlierDate,
    double lagMonths,
    String message) {}
