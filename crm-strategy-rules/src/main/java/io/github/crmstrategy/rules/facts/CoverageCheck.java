package io.github.crmstrategy.rules.facts;

import java.util.List;

/**
 * A coverage relation of {@code checks.yaml}: "every element of these kinds (with this tag) has an
 * element that serves it". An element is served when a {@link Reference} of one of the relations
 * {@code by} points at it (or, with {@code byParent}, at its parent element), or when an element of
 * a kind in {@code answeredBy} shares one of its vocabulary areas. The generic coverage rule
 * inserts a {@link CoverageGap} for every element that is not served; the rule named {@code rule}
 * reports it.
 *
 * @param id check id
 * @param rule id of the rule that reports the gaps; empty: the generic rule ALIGN-047
 * @param each the {@link ElementFact} kinds checked
 * @param tag a tag the element must have to be checked; empty: every element of the kinds
 * @param notTag a tag that exempts an element; empty: none
 * @param by reference relations that serve the element
 * @param byParent whether a reference to the element's parent serves it too
 * @param answeredBy element kinds that serve it by sharing at least half of its vocabulary areas
 * @param message the finding's message; placeholders {@code {element}}, {@code {id}}, {@code
 *     {label}}, {@code {areas}}, {@code {reason}}, {@code {parent}}; a part in {@code [...]} is
 *     left out when its placeholders are empty
 */
public record CoverageCheck(
    String id,
    String rule,
    List<String> each,
    String tag,
    String notTag,
    List<String> by,
    boolean byParent,
    List<String> answeredBy,
    String message) {

  /** A check; absent texts are empty, absent lists none. */
  public CoverageCheck {
    rule = rule == null ? "" : rule;
    each = each == null ? List.of() : List.copyOf(each);
    tag = tag == null ? "" : tag;
    notTag = notTag == null ? "" : notTag;
    by = by == null ? List.of() : List.copyOf(by);
    answeredBy = answeredBy == null ? List.of() : List.copyOf(answeredBy);
    message = message == null ? "" : message;
  }
}
