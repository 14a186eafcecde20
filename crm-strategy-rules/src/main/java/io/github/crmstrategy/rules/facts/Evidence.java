package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.text.Wording;
import java.util.Optional;

/**
 * One named evidence measure of the maturity model, measured on the plan in one {@link
 * EvidenceScope}: for example {@code systems.integrated} of block {@code information} today, or
 * {@code results.atPeerMedian} at the plan's horizon. Criteria of the model ({@link
 * MaturityCriterion}, {@link QualityCriterion}) name a measure and the values that earn credit; one
 * generic rule scores every criterion against these facts.
 *
 * <p>The built-in measures are computed when the plan's facts are extracted, one fact per measure,
 * scope and (for block measures) block, also when the value is 0; docs/maturity.md lists them. An
 * analyst adds a measure by inserting {@code Evidence} facts from a DRL rule of their own (match
 * {@code PlanFact()} in it) and names it in a criterion of a profile.
 *
 * @param scope what the value describes: today, the horizon, or the document
 * @param block building block id for a measure taken over a block's CRM areas, {@code ""} for a
 *     measure of the whole plan (a criterion of any block can use it)
 * @param measure measure name, e.g. {@code roles.held}
 * @param value the measured value (a count, a share 0..1, years)
 * @param path element path of the plan element the value rests on most (the first one in path
 *     order), the document itself ({@code ""}) when it rests on none or on the whole plan
 * @param detail what was measured, in words and numbers, naming the elements
 * @param wording the same in words any language can say: the key of the detail's pattern
 *     (conventionally {@code measure.<measure>}) and its values; {@code null} when there is none (a
 *     report then shows the English detail in every language)
 */
public record Evidence(
    EvidenceScope scope,
    String block,
    String measure,
    double value,
    ElementPath path,
    String detail,
    Wording wording) {

  /** Evidence without a wording: its detail reads in English in every language. */
  public Evidence(
      EvidenceScope scope,
      String block,
      String measure,
      double value,
      ElementPath path,
      String detail) {
    this(scope, block, measure, value, path, detail, null);
  }

  /** Evidence whose path is given in its text form ({@code ""} for the whole plan). */
  public Evidence(
      EvidenceScope scope, String block, String measure, double value, String path, String detail) {
    this(scope, block, measure, value, ElementPath.parse(path), detail, null);
  }

  /**
   * Evidence whose path is given in its text form, with the wording of its detail (see {@link
   * #wording()}).
   */
  public Evidence(
      EvidenceScope scope,
      String block,
      String measure,
      double value,
      String path,
      String detail,
      Wording wording) {
    this(scope, block, measure, value, ElementPath.parse(path), detail, wording);
  }

  /** The wording of the detail, when there is one. */
  public Optional<Wording> words() {
    return Optional.ofNullable(wording);
  }
}
