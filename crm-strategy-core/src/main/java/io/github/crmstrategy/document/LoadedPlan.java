package io.github.crmstrategy.document;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.PlanDocument;
import java.util.Map;
import java.util.Optional;

/**
 * A plan read from a document, with the source positions of its elements so that findings and
 * problems can point at file, line and column.
 *
 * @param source the document name, usually its file path
 * @param plan the validated plan
 * @param locations source position of each element, by JSON Pointer ({@code /crmStrategy/goals/0})
 */
public record LoadedPlan(String source, PlanDocument plan, Map<String, SourceLocation> locations) {

  /** Where the element at {@code path} starts in the source, when known. */
  public Optional<SourceLocation> locate(ElementPath path) {
    Optional<String> pointer = path.jsonPointer();
    if (pointer.isEmpty()) {
      pointer = ElementPaths.pointerOf(plan, path);
    }
    return pointer.map(locations::get);
  }
}
