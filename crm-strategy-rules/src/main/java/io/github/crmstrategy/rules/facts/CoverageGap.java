package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import java.util.List;
import java.util.Map;

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
 * @param arguments the parts of the message by name, for its translations: {@code label} (the
 *     element's words), {@code reason}, {@code parent}, {@code kind}
 */
public record CoverageGap(
    String rule,
    String check,
    String kind,
    String id,
    ElementPath path,
    String parentId,
    String message,
    List<Object> evidence,
    Map<String, Object> arguments) {

  /** Copies the arguments. */
  public CoverageGap {
    arguments = arguments == null ? Map.of() : Map.copyOf(arguments);
  }

  /** A gap without arguments: its message reads in English in every language. */
  public CoverageGap(
      String rule,
      String check,
      String kind,
      String id,
      ElementPath path,
      String parentId,
      String message,
      List<Object> evidence) {
    this(rule, check, kind, id, path, parentId, message, evidence, Map.of());
  }
}
