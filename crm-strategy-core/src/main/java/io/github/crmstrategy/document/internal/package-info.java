/**
 * Implementation details of {@link io.github.crmstrategy.document}: not part of the public API and
 * free to change between versions. Use {@link io.github.crmstrategy.document.PlanValidator}
 * instead.
 */
package io.github.crmstrategy.document.internal;
