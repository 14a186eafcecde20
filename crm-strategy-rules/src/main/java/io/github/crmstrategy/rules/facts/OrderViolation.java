package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.text.Wording;
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
 * @param laterName how messages name the later element, in words any language can say
 * @param earlierName how messages name the earlier element, in words any language can say
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
    String message,
    Wording laterName,
    Wording earlierName) {

  /** A violation whose elements are named by their labels only (in English in every language). */
  public OrderViolation(
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
      String message) {
    this(
        rule,
        check,
        laterId,
        laterPath,
        laterLabel,
        laterDate,
        earlierId,
        earlierLabel,
        earlierDate,
        lagMonths,
        message,
        Wording.term("", laterLabel),
        Wording.term("", earlierLabel));
  }
}
