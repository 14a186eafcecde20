package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import java.util.List;

/**
 * A relation of the indicator catalogue that the plan's baselines or targets break, inserted by the
 * generic relation rule through {@link Relations}; the relation's rule reports it.
 *
 * @param rule id of the reporting rule
 * @param relation id of the {@link IndicatorRelation}
 * @param path element path of the first indicator the formula names
 * @param message what is broken, with the indicators and the numbers
 * @param evidence alternating names and values for the finding
 */
public record RelationViolation(
    String rule, String relation, ElementPath path, String message, List<Object> evidence) {}
