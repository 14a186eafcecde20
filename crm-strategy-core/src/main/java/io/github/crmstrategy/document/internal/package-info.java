/**
 * Implementation details of {@link io.github.crmstrategy.document}: the strict and hardened Jackson
 * configuration, the source-location index, the element-path keying rule, the translation of
 * Jackson errors into located problems, and the validation checks behind {@link
 * io.github.crmstrategy.document.PlanValidator}. Not part of the public API: anything here may
 * change without notice.
 */
package io.github.crmstrategy.document.internal;
