/** The renderers behind {@link io.github.crmstrategy.report.ReportRenderer}; not API. */
package io.github.crmstrategy.report.internal;
