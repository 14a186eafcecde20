package io.github.crmstrategy.rules.facts;

import java.util.List;

/**
 * An ordering of {@code checks.yaml}: along a link, one dated element must come before another. For
 * every {@link Reference} of one of the {@code relations}, the date {@code earlier} (plus {@code
 * lagMonths}) must not be after the date {@code later}; each side is {@code from.start}, {@code
 * from.end}, {@code to.start} or {@code to.end} of the linked {@link DatedFact}s. The generic
 * ordering rule inserts an {@link OrderViolation} for every link that breaks it; the rule named
 * {@code rule} reports them, one finding per element on the {@code later} side.
 *
 * @param id ordering id
 * @param rule id of the rule that reports the violations; empty: the generic rule ALIGN-046
 * @param relations reference relations the ordering follows
 * @param earlier the date that must come first
 * @param later the date that must come after it
 * @param lagMonths months that must lie between the two
 * @param lagParam name of the parameter holding the lag; empty: {@code lagMonths}
 * @param message the finding's message; placeholders {@code {later}}, {@code {laterDate}}, {@code
 *     {when}} ("before" or "less than N months after") and {@code {earlier}} (the earlier elements
 *     with their dates)
 */
public record OrderingCheck(
    String id,
    String rule,
    List<String> relations,
    String earlier,
    String later,
    double lagMonths,
    String lagParam,
    String message) {

  /** An ordering; absent texts are empty, absent lists none. */
  public OrderingCheck {
    rule = rule == null ? "" : rule;
    relations = relations == null ? List.of() : List.copyOf(relations);
    lagParam = lagParam == null ? "" : lagParam;
    message = message == null ? "" : message;
  }
}
