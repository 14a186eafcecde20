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

  /**
   * Where the element at {@code path} starts in the source. A path without list positions is
   * resolved through {@link ElementPaths}; when the element itself has no location (for example a
   * missing key), the nearest enclosing element that has one is used. Empty only when no enclosing
   * element is known either.
   */
  public Optional<SourceLocation> locate(ElementPath path) {
    for (Optional<ElementPath> p = Optional.of(path); p.isPresent(); p = p.get().parent()) {
      ElementPath candidate = p.get();
      Optional<SourceLocation> location =
          candidate
              .jsonPointer()
              .or(() -> ElementPaths.pointerOf(plan, candidate))
              .map(locations::get);
      if (location.isPresent()) {
        return location;
      }
    }
    return Optional.empty();
  }
}
