package io.github.crmstrategy.rules.facts;

/**
 * A row of the industry benchmark table: the plausible range of an indicator kind in an industry,
 * for one business model or for any.
 *
 * @param industry industry id (see {@link Industry}), or {@code *} for any industry
 * @param kind indicator kind
 * @param low lowest plausible value
 * @param high highest plausible value
 * @param source where the range comes from
 * @param businessModel {@code b2b}, {@code b2c}, or {@code *} for either (the default)
 */
public record BenchmarkRange(
    String industry, String kind, double low, double high, String source, String businessModel) {

  /** A row; a {@code null} or empty business model is {@code *}. */
  public BenchmarkRange {
    businessModel = businessModel == null || businessModel.isBlank() ? "*" : businessModel.strip();
  }

  /** A row for any business model. */
  public BenchmarkRange(String industry, String kind, double low, double high, String source) {
    this(industry, kind, low, high, source, "*");
  }
}
