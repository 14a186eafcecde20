package io.github.crmstrategy.rules.facts;

import java.util.List;

/**
 * A concept of the bilingual vocabulary ({@code vocabulary.yaml}) and the terms that express it. A
 * term matches where a word of a text starts with it; {@code =word} matches the whole word.
 *
 * @param id concept id, for example {@code customerData} or {@code regulation}
 * @param type {@code area} (a subject of CRM work), {@code audience}, {@code direction}, {@code
 *     signal}, {@code placeholder} (whole texts that stand for nothing) or {@code marker} (words
 *     that mark a text as unfinished)
 * @param terms the terms, in English and Russian
 */
public record VocabularyConcept(String id, String type, List<String> terms) {
  /** A concept; absent terms are none. */
  public VocabularyConcept {
    terms = terms == null ? List.of() : List.copyOf(terms);
  }
}
