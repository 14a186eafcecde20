package io.github.crmstrategy.rules.facts;

/**
 * A criterion of the quality of the strategy document (links, owners, indicators, sections), scored
 * like a {@link MaturityCriterion} against the {@link EvidenceScope#DOCUMENT} evidence of its
 * measure. Document quality is reported on its own, never as maturity.
 *
 * @param id criterion id, e.g. {@code DOC-LINK-GOALS}
 * @param aspect {@code links}, {@code owners}, {@code indicators} or {@code sections}
 * @param weight points it is worth
 * @param description what it checks
 * @param measure the {@link Evidence#measure()} it reads
 * @param fullAt the value from which it is met
 * @param partialFrom the value from which it is partly met
 */
public record QualityCriterion(
    String id,
    String aspect,
    double weight,
    String description,
    String measure,
    double fullAt,
    double partialFrom) {}
