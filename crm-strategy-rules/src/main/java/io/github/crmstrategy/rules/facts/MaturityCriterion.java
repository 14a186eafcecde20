package io.github.crmstrategy.rules.facts;

/**
 * A criterion of the maturity model (data/maturity-model.yaml): a value of an evidence measure that
 * earns a building block up to {@code weight} points at a {@code tier} of the staged model. One
 * generic rule scores it in each scope against the {@link Evidence} of its measure: met (full
 * points) when the value reaches {@code fullAt}, partly met ({@code
 * maturity.criterion.partialCredit} of the points) when it reaches {@code partialFrom}, unmet
 * otherwise.
 *
 * <p>A block reaches a tier when it earns at least the share {@code maturity.tier.passRatio} of the
 * points of that tier's criteria and meets every {@code required} criterion of it in full; its
 * staged level is the highest tier reached with every lower tier reached too (level 1 when tier 2
 * is not reached). Caps ({@link MaturityCap}) and prerequisites ({@link MaturityPrerequisite}) can
 * hold the level lower.
 *
 * @param id criterion id, e.g. {@code INF-INTEGRATED}
 * @param block building block id
 * @param tier the level (2..5) the criterion evidences
 * @param weight points it is worth
 * @param description what it checks, in the client's terms
 * @param measure the {@link Evidence#measure()} it reads
 * @param fullAt the value from which it is met
 * @param partialFrom the value from which it is partly met; at or above {@code fullAt} when there
 *     is no partial credit
 * @param required whether the block cannot reach the tier without meeting it in full
 */
public record MaturityCriterion(
    String id,
    String block,
    int tier,
    double weight,
    String description,
    String measure,
    double fullAt,
    double partialFrom,
    boolean required) {

  /**
   * A criterion as a data file writes it: without {@code partialFrom} (null) there is no partial
   * credit, without a description it is empty.
   */
  public static MaturityCriterion of(
      String id,
      String block,
      int tier,
      double weight,
      String description,
      String measure,
      double fullAt,
      Double partialFrom,
      boolean required) {
    return new MaturityCriterion(
        id,
        block,
        tier,
        weight,
        description == null ? "" : description.strip(),
        measure == null ? "" : measure,
        fullAt,
        partialFrom == null ? fullAt : partialFrom,
        required);
  }

  /**
   * A criterion without a measure (met only when a rule of one's own inserts its {@link
   * CriterionScore}), not required: the shape of criteria before measures existed.
   */
  public MaturityCriterion(String id, String block, int tier, double weight, String description) {
    this(id, block, tier, weight, description, "", 1, 1, false);
  }
}
