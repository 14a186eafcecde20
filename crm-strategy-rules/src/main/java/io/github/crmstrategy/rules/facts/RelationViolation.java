package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import java.util.List;
import java.util.Map;

/**
 * A relation of the indicator catalogue that the plan's baselines or targets break, inserted by the
 * generic relation rule through {@link Relations}; the relation's rule reports it.
 *
 * @param rule id of the reporting rule
 * @param relation id of the {@link IndicatorRelation}
 * @param path element path of the first indicator the formula names
 * @param message what is broken, with the indicators and the numbers
 * @param evidence alternating names and values for the finding
 * @param arguments the parts of the message by name, for its translations
 */
public record RelationViolation(
    String rule,
    String relation,
    ElementPath path,
    String message,
    List<Object> evidence,
    Map<String, Object> arguments) {

  /** Copies the arguments. */
  public RelationViolation {
    arguments = arguments == null ? Map.of() : Map.copyOf(arguments);
  }

  /** A violation without arguments: its message reads in English in every language. */
  public RelationViolation(
      String rule, String relation, ElementPath path, String message, List<Object> evidence) {
    this(rule, relation, path, message, evidence, Map.of());
  }
}
