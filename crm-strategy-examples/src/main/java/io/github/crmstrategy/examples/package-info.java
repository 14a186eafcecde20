/**
 * Sample plan documents bundled with crm-strategy, and the {@code crm-strategy} command line
 * ({@link io.github.crmstrategy.examples.cli.CrmStrategyCli}).
 */
package io.github.crmstrategy.examples;
