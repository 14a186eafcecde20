/**
 * The {@code crm-strategy} command line: one class per subcommand, sharing {@link
 * io.github.crmstrategy.cli.PlanLoader} to read plans from files or bundled samples and {@link
 * io.github.crmstrategy.cli.ExitCodes} for exit statuses.
 */
package io.github.crmstrategy.cli;
