package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;

/**
 * A maturity level of one building block stated in the plan: the company's own self-assessment
 * ({@code source} is {@code self}) or a peer profile ({@code source} is the peer's name).
 *
 * @param source {@code self} or the peer name
 * @param block building block id ({@code vision}, {@code customerExperience}...)
 * @param level level 1..5
 * @param path element path of the value
 */
public record MaturityLevelFact(String source, String block, int level, ElementPath path) {}
