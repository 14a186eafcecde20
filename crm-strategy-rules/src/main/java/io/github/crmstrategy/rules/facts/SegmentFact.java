package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;

/**
 * A customer segment of the CRM strategy's customer base.
 *
 * @param id segment id
 * @param path element path
 * @param ideal whether it belongs to the ideal customer base
 */
public record SegmentFact(String id, ElementPath path, boolean ideal) {}
