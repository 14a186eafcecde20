/**
 * Test fixtures shared by every module through the core test-jar: QuickTheories generators of valid
 * plans, a deterministic scaled plan for benchmarks, and helpers that break one reference of a
 * valid plan.
 */
package io.github.crmstrategy.testing;
