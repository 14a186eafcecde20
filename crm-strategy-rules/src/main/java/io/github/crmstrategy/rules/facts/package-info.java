/**
 * The fact model the rules see: one fact per plan element, flattened and enriched with derived
 * numbers (yearly change a target needs, historical trend, link counts), plus the rule data
 * (parameters, benchmark ranges, growth limits, maturity criteria). Rule authors write DRL against
 * these types; the fact model is stable API, documented in {@code docs/fact-model.md}.
 *
 * <p>Conventions: absent text is the empty string, absent numbers and dates come with a {@code
 * hasX} flag (the value is then 0 or {@code null}), and every element fact carries its {@code
 * path}, the element path a finding should name.
 */
package io.github.crmstrategy.rules.facts;
