package io.github.crmstrategy.rules.facts;

/**
 * A customer segment of the CRM strategy's customer base.
 *
 * @param id segment id
 * @param path element path
 * @param ideal whether it belongs to the ideal customer base
 */
public record SegmentFact(String id, String path, boolean ideal) {}
