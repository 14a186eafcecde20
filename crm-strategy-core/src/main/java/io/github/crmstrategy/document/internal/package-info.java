/**
 * Implementation details of {@link io.github.crmstrategy.document.PlanDocuments}: the strict and
 * hardened Jackson configuration, the source-location index, the element-path keying rule and the
 * translation of Jackson errors into located problems. Not part of the public API: anything here
 * may change without notice.
 */
package io.github.crmstrategy.document.internal;
