package io.github.crmstrategy.document;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.ModelFields;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.PlanVisitor;
import io.github.crmstrategy.model.PlanWalker;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every element of one plan by its element path, from one {@link PlanWalker} walk: lists the paths,
 * maps them to JSON Pointers and resolves them to model values. Paths are matched by their text
 * form, so a parsed path ({@code ElementPath.parse("crmStrategy.goals[CG1]")}) finds its element;
 * with duplicate keys (a validation problem) the first element wins.
 *
 * <p>Fields below the elements resolve too ({@code crmStrategy.goals[CG1].indicators[CLV].target
 * .value}, {@code organization.employees}), as a written document holds them: absent and empty
 * values (an empty optional, list, map or text) do not exist.
 *
 * <p>Build one with {@link #of(PlanDocument)}: an index is immutable and thread-safe, and nothing
 * is cached behind it, so keep the instance when you look up many paths of one plan.
 */
public final class ElementIndex {
  private final PlanDocument plan;
  private final ImmutableMap<ElementPath, Element> elements;
  private final Supplier<ImmutableSet<ElementPath>> paths = Suppliers.memoize(this::listPaths);

  /** An element the walk visited: its path with list positions, and its value. */
  private record Element(ElementPath path, Object value) {}

  /** An element or field found for a path: its JSON Pointer and value. */
  private record Found(String pointer, Object value) {}

  private ElementIndex(PlanDocument plan) {
    this.plan = plan;
    Map<ElementPath, Element> found = new LinkedHashMap<>();
    PlanWalker.walk(
        plan,
        new PlanVisitor() {
          @Override
          public void element(Object element, ElementPath path) {
            found.putIfAbsent(path, new Element(path, element));
          }
        });
    this.elements = ImmutableMap.copyOf(found);
  }

  /** The index of every element of {@code plan}. */
  public static ElementIndex of(PlanDocument plan) {
    return new ElementIndex(plan);
  }

  /** The plan this index describes. */
  public PlanDocument plan() {
    return plan;
  }

  /**
   * Every element path of the plan: the elements in the order {@link PlanWalker} visits them (the
   * document, model elements, references and list items, map entries), each followed by its present
   * fields in name order ({@code corporatePlan.tasks[T4].owner}). Computed on the first call.
   */
  public ImmutableSet<ElementPath> paths() {
    return paths.get();
  }

  private ImmutableSet<ElementPath> listPaths() {
    ImmutableSet.Builder<ElementPath> all = ImmutableSet.builder();
    for (Element element : elements.values()) {
      all.add(element.path());
      for (String field : ModelFields.names(element.value())) {
        ElementPath path = element.path().field(field);
        if (exists(path)) {
          all.add(path);
        }
      }
    }
    return all.build();
  }

  /** Whether {@code path} names an element or a present field of the plan. */
  public boolean exists(ElementPath path) {
    return find(path).isPresent();
  }

  /** The JSON Pointer of the element or field at {@code path}, if the plan has it. */
  public Optional<String> pointerOf(ElementPath path) {
    return find(path).map(Found::pointer);
  }

  /**
   * The model value at {@code path}: a model object (such as an {@code Indicator}), a list, a map,
   * or a scalar ({@code String}, {@code Double}, {@code Integer}, {@code LocalDate}, an enum...);
   * empty when the plan has no such element.
   */
  public Optional<Object> resolve(ElementPath path) {
    return find(path).map(Found::value);
  }

  private Optional<Found> find(ElementPath path) {
    Element element = elements.get(path);
    if (element != null) {
      return Optional.of(new Found(element.path().jsonPointer().orElseThrow(), element.value()));
    }
    Optional<ElementPath> parent = path.parent();
    if (parent.isEmpty() || path.key().isPresent()) {
      // Every list element of the plan was visited: this one does not exist.
      return Optional.empty();
    }
    String field = path.name();
    return find(parent.get())
        .flatMap(
            owner ->
                ModelFields.get(owner.value(), field)
                    .map(value -> new Found(owner.pointer() + "/" + escape(field), value)));
  }

  private static String escape(String s) {
    return s.replace("~", "~0").replace("/", "~1");
  }
}
