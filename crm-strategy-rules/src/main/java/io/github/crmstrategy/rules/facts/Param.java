package io.github.crmstrategy.rules.facts;

/**
 * A named rule parameter and its value, inserted once per assessment. Rules read it with a pattern
 * such as {@code Param(name == "realism.indicatorsPerGoal.min", $min : value)}. The catalogue of
 * parameters (type, default, meaning) is {@code docs/rules.md}.
 *
 * @param name parameter name
 * @param value its value (integers and percentages are plain numbers too)
 */
public record Param(String name, double value) {}
