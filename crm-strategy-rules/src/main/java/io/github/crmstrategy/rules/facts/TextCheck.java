package io.github.crmstrategy.rules.facts;

/**
 * A narrative text of {@code checks.yaml} that must say something: the {@link ElementFact} kind and
 * the fewest words that count as content. A text with fewer words is too thin (COMP-019 for concept
 * sections, COMP-032 otherwise); a placeholder ("TBD", "-") is COMP-031.
 *
 * @param kind the element kind, for example {@code answer} or {@code relationshipStrategy}
 * @param minWords fewest words that count as content
 * @param description what the text is, for messages ("the answer on loyalty" is written by the
 *     element itself; this names the kind: "relationship strategy")
 */
public record TextCheck(String kind, int minWords, String description) {
  /** A check; an absent description is the kind. */
  public TextCheck {
    description = description == null || description.isBlank() ? kind : description;
  }
}
