package io.github.crmstrategy.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crmstrategy.document.internal.Mappers;
import io.github.crmstrategy.document.internal.TreePaths;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.PlanVisitor;
import io.github.crmstrategy.model.PlanWalker;
import io.github.crmstrategy.testing.PlanGenerators;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Properties of element paths over generated plans: the paths {@link PlanWalker} builds, the {@link
 * ElementIndex} built from them, the keying of the reader's document tree and the locations of
 * {@link LoadedPlan} agree.
 */
class ElementPathPropertiesTest {
  /** Reading a plan back from text costs more, so that property runs fewer examples. */
  private static final int READ_EXAMPLES = 100;

  /** An element the walker visited, with its path. */
  private record Visited(ElementPath path, Object element) {}

  private static List<Visited> walk(PlanDocument plan) {
    List<Visited> visited = new ArrayList<>();
    PlanWalker.walk(
        plan,
        new PlanVisitor() {
          @Override
          public void element(Object element, ElementPath path) {
            visited.add(new Visited(path, element));
          }
        });
    return visited;
  }

  @Test
  void everyPathTheWalkerVisitsResolvesThroughTheIndex() {
    qt().forAll(PlanGenerators.validPlans())
        .checkAssert(
            plan -> {
              ElementIndex index = ElementIndex.of(plan);
              Map<ElementPath, Visited> first = new HashMap<>();
              for (Visited v : walk(plan)) {
                first.putIfAbsent(v.path(), v);
                Visited named = first.get(v.path());
                ElementPath parsed = ElementPath.parse(v.path().toString());
                assertThat(v.path().jsonPointer()).as("%s", v.path()).isPresent();
                assertThat(parsed).isEqualTo(v.path());
                assertThat(index.resolve(v.path()))
                    .as("%s", v.path())
                    .containsSame(named.element());
                assertThat(index.resolve(parsed)).containsSame(named.element());
                assertThat(index.pointerOf(parsed)).isEqualTo(named.path().jsonPointer());
              }
            });
  }

  @Test
  void theIndexHoldsExactlyWhatTheWrittenDocumentHolds() {
    // The plan as a document tree, keyed as the reader keys the trees it parses: the same paths
    // at the same pointers as the walker's index, fields included.
    qt().forAll(PlanGenerators.validPlans())
        .checkAssert(
            plan -> {
              JsonNode tree = Mappers.mapper(DocumentFormat.JSON).valueToTree(plan);
              Map<ElementPath, String> fromTree = new LinkedHashMap<>();
              TreePaths.walk(tree, (path, pointer, node) -> fromTree.putIfAbsent(path, pointer));
              ElementIndex index = ElementIndex.of(plan);

              assertThat(index.paths()).containsExactlyInAnyOrderElementsOf(fromTree.keySet());
              fromTree.forEach(
                  (path, pointer) ->
                      assertThat(index.pointerOf(path)).as("%s", path).contains(pointer));
            });
  }

  @Test
  void locateGivesTheLocationOfTheReadersPointer() {
    qt().withExamples(READ_EXAMPLES)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(
            generated -> {
              LoadedPlan loaded = readBack(generated);
              Map<ElementPath, SourceLocation> firstByText = new HashMap<>();
              for (Visited v : walk(loaded.plan())) {
                SourceLocation expected = loaded.locations().get(v.path().jsonPointer().get());
                assertThat(expected).as("%s is in the reader's index", v.path()).isNotNull();
                firstByText.putIfAbsent(v.path(), expected);
                assertThat(loaded.locate(v.path())).as("%s", v.path()).contains(expected);
                assertThat(loaded.locate(ElementPath.parse(v.path().toString())))
                    .as("%s by its text", v.path())
                    .contains(firstByText.get(v.path()));
              }
              // Fields below the elements too, by their text form.
              ElementIndex index = ElementIndex.of(loaded.plan());
              for (ElementPath path : index.paths()) {
                SourceLocation expected = loaded.locations().get(index.pointerOf(path).get());
                assertThat(expected).as("%s is in the reader's index", path).isNotNull();
                assertThat(loaded.locate(ElementPath.parse(path.toString())))
                    .as("%s", path)
                    .contains(expected);
              }
            });
  }

  private static LoadedPlan readBack(PlanDocument plan) {
    DocumentFormat format =
        plan.organization().name().length() % 2 == 0 ? DocumentFormat.YAML : DocumentFormat.JSON;
    try {
      return PlanDocuments.read(PlanDocuments.write(plan, format), "plan", format);
    } catch (InvalidPlanException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
