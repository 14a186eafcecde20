package io.github.crmstrategy.document;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.PlanDocument;
import java.util.Map;
import java.util.Optional;

/**
 * A plan read from a document, with the source positions of its elements so that findings and
 * problems can point at file, line and column. The reader builds both maps once, from the document
 * it parsed.
 *
 * @param source the document name, usually its file path
 * @param plan the validated plan
 * @param locations source position of each element, by JSON Pointer ({@code /crmStrategy/goals/0})
 * @param pathLocations source position of each element and field the plan has, by element path
 *     ({@code crmStrategy.goals[CG1]}, matched by its text form); when two elements share a path,
 *     the first
 */
public record LoadedPlan(
    String source,
    PlanDocument plan,
    Map<String, SourceLocation> locations,
    Map<ElementPath, SourceLocation> pathLocations) {

  /** Copies the maps. */
  public LoadedPlan {
    locations = Map.copyOf(locations);
    pathLocations = Map.copyOf(pathLocations);
  }

  /**
   * Where the element at {@code path} starts in the source. A path with list positions (as {@link
   * io.github.crmstrategy.model.PlanWalker} builds them) is located by its JSON Pointer, any other
   * by its text form. When the element itself has no location (for example a missing key or an
   * unknown list element), the nearest enclosing element that has one is used: for {@code
   * crmStrategy.goals[CG7]} the {@code goals} list, then {@code crmStrategy}. Empty only when no
   * enclosing element is known either.
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
      if (candidate.key().isPresent()) {
        // A list element: the list, parent.list.
        location = locateExactly(parent.get().field(candidate.name()));
        if (location.isPresent()) {
          return location;
        }
      }
      candidate = parent.get();
    }
  }

  private Optional<SourceLocation> locateExactly(ElementPath path) {
    Optional<String> pointer = path.jsonPointer();
    return Optional.ofNullable(
        pointer.isPresent() ? locations.get(pointer.get()) : pathLocations.get(path));
  }
}
