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
   * missing key or an unknown list element), the nearest enclosing element that has one is used:
   * for {@code crmStrategy.goals[CG7]} the {@code goals} list, then {@code crmStrategy}. Empty only
   * when no enclosing element is known either.
   */
  public Optional<SourceLocation> locate(ElementPath path) {
    ElementPath candidate = path;
    while (true) {
      Optional<SourceLocation> location = locateExactly(candidate);
      if (location.isPresent()) {
        return location;
      }
      Optional<ElementPath> parent = candidate.parent();
      if (parent.isEmpty()) {
        return Optional.empty();
      }
      Optional<ElementPath> list = listOf(candidate, parent.get());
      if (list.isPresent() && (location = locateExactly(list.get())).isPresent()) {
        return location;
      }
      candidate = parent.get();
    }
  }

  private Optional<SourceLocation> locateExactly(ElementPath path) {
    return path.jsonPointer().or(() -> ElementPaths.pointerOf(plan, path)).map(locations::get);
  }

  /** For a list element {@code parent.list[key]}, the path of the list, {@code parent.list}. */
  private static Optional<ElementPath> listOf(ElementPath element, ElementPath parent) {
    String text = element.toString();
    String tail = parent.isRoot() ? text : text.substring(parent.toString().length() + 1);
    int bracket = tail.indexOf('[');
    return tail.endsWith("]") && bracket > 0
        ? Optional.of(parent.field(tail.substring(0, bracket)))
        : Optional.empty();
  }
}
