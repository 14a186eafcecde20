package io.github.crmstrategy.report;

import java.util.Locale;

/** The formats a {@link ReportRenderer} writes. */
public enum ReportFormat {
  /** Readable in a terminal: grouped by category and severity, optionally with ANSI colour. */
  TEXT("txt"),
  /**
   * The assessment report as JSON with {@code formatVersion}; see {@code docs/report-format.md}.
   */
  JSON("json"),
  /** For pull requests and wikis: summary, maturity table, findings table. */
  MARKDOWN("md"),
  /** One self-contained page: summary, radar chart, filterable findings, plan elements. */
  HTML("html"),
  /** SARIF 2.1.0 for code-scanning tools and editors. Not available for comparisons. */
  SARIF("sarif"),
  /**
   * JUnit XML for CI test-result views: a test suite per plan, a test case per rule, failed by its
   * ERROR and WARNING findings. Not available for comparisons.
   */
  JUNIT("junit.xml"),
  /**
   * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}), which annotate
   * the plan's lines in a pull request. Not available for comparisons.
   */
  GITHUB("github.txt");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /**
   * The usual file name extension, without the leading dot ({@code html}, {@code sarif}, {@code
   * junit.xml}...).
   */
  public String extension() {
    return extension;
  }

  /** The lower-case name used on command lines ({@code markdown}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
