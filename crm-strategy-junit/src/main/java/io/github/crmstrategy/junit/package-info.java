/**
 * JUnit 5 support for hosts' tests: {@link io.github.crmstrategy.junit.RuleCaseTests} turns every
 * rule case of a workspace into a dynamic test (see {@code io.github.crmstrategy.rules.testing} for
 * the case format and the runner).
 */
package io.github.crmstrategy.junit;
