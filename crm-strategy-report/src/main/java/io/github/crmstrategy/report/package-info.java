/**
 * Reports people read and programs consume, rendered from an {@link
 * io.github.crmstrategy.rules.AssessmentReport}: text, versioned JSON, Markdown, a self-contained
 * HTML page and SARIF 2.1.0 ({@link io.github.crmstrategy.report.ReportFormat}); and the comparison
 * of two revisions of a plan ({@link io.github.crmstrategy.report.Comparison}). Start with {@link
 * io.github.crmstrategy.report.ReportRenderer}. Everything under {@code internal} is not API.
 */
package io.github.crmstrategy.report;
