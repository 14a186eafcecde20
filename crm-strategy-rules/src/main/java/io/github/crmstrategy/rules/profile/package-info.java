/**
 * Rule profiles: an analyst's configuration of the review (rules switched off, severities,
 * parameter values, data tables, decision tables and DRL files of their own, suppressions), read
 * from YAML with {@link io.github.crmstrategy.rules.profile.RuleProfiles} or built in memory with
 * {@link io.github.crmstrategy.rules.profile.RuleProfile#builder()}, and turned into a reviewer
 * with {@code Reviewer.fromProfile}. See {@code docs/rules-customisation.md}.
 */
package io.github.crmstrategy.rules.profile;
