package io.github.crmstrategy.rules.facts;

import java.util.List;

/**
 * The phrases that name a CRM area in the name of a system, data store, practice or capability that
 * lists no {@code covers} (data/maturity-model.yaml, {@code areaTerms}); phrases are written as for
 * a {@link MaturitySignal}.
 *
 * @param area CRM area name, e.g. {@code singleCustomerView}
 * @param phrases the phrases, in every language the rule data knows
 */
public record AreaTerms(String area, List<String> phrases) {
  /** Copies the list. */
  public AreaTerms {
    phrases = List.copyOf(phrases);
  }
}
