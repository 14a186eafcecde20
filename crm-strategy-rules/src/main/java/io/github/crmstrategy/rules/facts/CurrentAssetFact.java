package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import java.time.LocalDate;
import java.util.List;

/**
 * Something the company runs today: a system, a data store or a practice of the current-state
 * assessment.
 *
 * @param list {@code systems}, {@code data} or {@code practices}
 * @param id element id
 * @param path element path
 * @param name name, empty when absent
 * @param covers the CRM areas it covers
 * @param integration {@code integrated}, {@code partial}, {@code siloed}, or empty when absent
 * @param since since when it is in use, {@code null} when absent
 */
public record CurrentAssetFact(
    String list,
    String id,
    ElementPath path,
    String name,
    List<String> covers,
    String integration,
    LocalDate since) {
  /** Copies the list. */
  public CurrentAssetFact {
    covers = List.copyOf(covers);
  }
}
