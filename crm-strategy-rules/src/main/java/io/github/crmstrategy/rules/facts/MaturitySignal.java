package io.github.crmstrategy.rules.facts;

import java.util.List;

/**
 * A kind of negative present-day statement the evidence measures look for, from
 * data/maturity-model.yaml: its matches are counted as the measure {@code signal.<id>} (for example
 * {@code signal.siloedCustomerData}), which caps ({@link MaturityCap}) turn into a lower level.
 *
 * <p>A text matches when it contains one of the {@code phrases}: each phrase is one or more
 * fragments joined by {@code " & "}, all of which must occur, each at the start of a word,
 * case-insensitively and with ё read as е ({@code "customer & split"} matches "Customer data split
 * across three billing systems", {@code "клиент & разрознен"} matches "Данные о клиентах
 * разрознены").
 *
 * @param id signal id
 * @param sources where to look: {@code weaknesses} (SWOT weaknesses), {@code assets} (names of the
 *     systems, data and practices of today), {@code customers} (the description of today's
 *     customers), {@code lessons} (lessons of failed or partly failed prior initiatives)
 * @param phrases the phrases, in every language the rule data knows
 * @param siloedAreas CRM areas whose systems or data marked {@code integration: siloed} are matches
 *     too
 * @param remedies CRM areas a capability delivered inside the horizon must cover to end the signal
 *     at the horizon; a SWOT weakness also ends when a dated task inside the horizon addresses it
 * @param remedyRoles phrases of governance role names whose holder, planned or in place, ends the
 *     signal at the horizon
 */
public record MaturitySignal(
    String id,
    List<String> sources,
    List<String> phrases,
    List<String> siloedAreas,
    List<String> remedies,
    List<String> remedyRoles) {

  /** Copies the lists. */
  public MaturitySignal {
    sources = List.copyOf(sources);
    phrases = List.copyOf(phrases);
    siloedAreas = List.copyOf(siloedAreas);
    remedies = List.copyOf(remedies);
    remedyRoles = List.copyOf(remedyRoles);
  }
}
