/**
 * The {@code crm-strategy} command line: one class per subcommand, sharing {@link
 * io.github.crmstrategy.examples.cli.PlanLoader} to read plans from files or bundled samples and
 * {@link io.github.crmstrategy.examples.cli.ExitCodes} for exit statuses.
 */
package io.github.crmstrategy.examples.cli;
