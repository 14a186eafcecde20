package io.github.crmstrategy.rules.profile;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * A decision table of the analyst's: a spreadsheet ({@code .xlsx}, {@code .xls}) or a CSV file
 * ({@code .csv}), told apart by the name's extension.
 */
@Value.Immutable
public interface DecisionTableSource {
  /** Name used in error messages; its extension gives the format. */
  @Value.Parameter
  String name();

  /** The file's bytes. */
  @Value.Parameter
  byte[] content();

  /** Whether the table is a CSV file rather than a spreadsheet. */
  default boolean csv() {
    return name().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  /** A decision table source. */
  static DecisionTableSource of(String name, byte[] content) {
    return ImmutableDecisionTableSource.of(name, content);
  }
}
