package io.github.crmstrategy.rules.profile;

import java.util.List;

/**
 * Rows a profile adds to one of the review's data files, or replaces it with: {@code
 * indicator-catalogue} ({@link io.github.crmstrategy.rules.facts.IndicatorKind}, {@link
 * io.github.crmstrategy.rules.facts.UnitSpec}, {@link io.github.crmstrategy.rules.facts.UnitScale}
 * rows), {@code indicator-relations} ({@link io.github.crmstrategy.rules.facts.IndicatorRelation}),
 * {@code industries} ({@link io.github.crmstrategy.rules.facts.Industry}), {@code vocabulary}
 * ({@link io.github.crmstrategy.rules.facts.VocabularyConcept}), {@code checks} ({@link
 * io.github.crmstrategy.rules.facts.CoverageCheck}, {@link
 * io.github.crmstrategy.rules.facts.OrderingCheck}, {@link
 * io.github.crmstrategy.rules.facts.TextCheck}) and {@code folding} ({@link
 * io.github.crmstrategy.rules.facts.FoldRule}).
 *
 * <p>Added rows replace built-in rows with the same key (the id; a text check's kind; a fold's two
 * rule ids), except vocabulary concepts and unit scales, whose terms and names are added to the
 * built-in ones of the same id or factor. With {@code replace}, the rows replace the whole built-in
 * file: an empty replacement of {@code folding} folds nothing.
 *
 * @param file the data file, without {@code .yaml}
 * @param replace whether the rows replace the built-in ones rather than adding to them
 * @param rows the rows, of the record types above
 */
public record DataTable(String file, boolean replace, List<Object> rows) {
  /** The data files a profile may extend. */
  public static final List<String> FILES =
      List.of(
          "indicator-catalogue",
          "indicator-relations",
          "industries",
          "vocabulary",
          "checks",
          "folding");

  /** A table; rows are copied. */
  public DataTable {
    rows = List.copyOf(rows);
  }
}
