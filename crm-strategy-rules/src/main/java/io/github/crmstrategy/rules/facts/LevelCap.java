package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.text.Wording;

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
 * @param wording the detail in words any language can say ({@link Evidence#wording()}), {@code
 *     null} when there is none
 */
public record LevelCap(
    EvidenceScope scope,
    String block,
    int maxLevel,
    String capId,
    String description,
    String detail,
    ElementPath path,
    Wording wording) {

  /** A cap whose detail has no wording (it reads in English in every language). */
  public LevelCap(
      EvidenceScope scope,
      String block,
      int maxLevel,
      String capId,
      String description,
      String detail,
      ElementPath path) {
    this(scope, block, maxLevel, capId, description, detail, path, null);
  }
}
