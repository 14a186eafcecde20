package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import java.util.List;

/**
 * An element a {@link CoverageCheck} found unserved, inserted by the generic coverage rule; the
 * check's rule reports it.
 *
 * @param rule id of the reporting rule
 * @param check id of the coverage check
 * @param kind element kind
 * @param id element id (or key)
 * @param path element path
 * @param parentId the element's parent id (or key), empty when none
 * @param message the check's message with the element's words filled in
 * @param evidence alternating names and values for the finding
 */
public record CoverageGap(
    String rule,
    String check,
    String kind,
    String id,
    ElementPath path,
    String parentId,
    String message,
    List<Object> evidence) {}
