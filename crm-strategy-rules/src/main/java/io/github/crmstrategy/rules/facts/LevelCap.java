package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;

/**
 * A {@link MaturityCap} in force on the assessed plan, inserted by the maturity rules: in {@code
 * scope}, block {@code block} is at most {@code maxLevel}.
 *
 * @param scope {@link EvidenceScope#CURRENT} or {@link EvidenceScope#TARGET}
 * @param block building block id
 * @param maxLevel highest level the block can have
 * @param capId the {@link MaturityCap#id()}
 * @param description the cap's description
 * @param detail the evidence that brings it into force (the statements, systems or initiatives)
 * @param path element path of that evidence
 */
public record LevelCap(
    EvidenceScope scope,
    String block,
    int maxLevel,
    String capId,
    String description,
    String detail,
    ElementPath path) {}
