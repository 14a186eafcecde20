/**
 * Rule cases as data: declarative tests of what rules find, for the built-in rules and an analyst's
 * own alike. A case names a rule, a plan (a file, a bundled sample, or either with a patch that
 * breaks one thing), the findings expected (rule id, element path, optionally severity and message
 * fragments), rules that must stay silent, and a near miss that must not be reported; "no other
 * findings of these rules" is implied. {@link io.github.crmstrategy.rules.testing.RuleCases} loads
 * a workspace (a profile and its {@code cases/} folder) and runs every case with the profile's
 * reviewer; a failure is a readable diff naming the case file and the line of the expectation. The
 * format is documented in docs/rules-customisation.md ("Testing your rules").
 */
package io.github.crmstrategy.rules.testing;
