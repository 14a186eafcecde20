package io.github.crmstrategy.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.Observation;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ElementIndexTest {
  private static LoadedPlan loaded;
  private static PlanDocument plan;
  private static ElementIndex index;

  @BeforeAll
  static void readReference() throws Exception {
    loaded = PlanDocuments.read(PlanDocumentsTest.REFERENCE);
    plan = loaded.plan();
    index = ElementIndex.of(plan);
  }

  private static ElementPath path(String text) {
    return ElementPath.parse(text);
  }

  @Test
  void pointerOfAnIdentifiedElement() {
    assertThat(index.pointerOf(path("crmStrategy.goals[CG1].indicators[CLV]")))
        .contains("/crmStrategy/goals/0/indicators/0");
    assertThat(index.pointerOf(path("crmStrategy.goals[CG2].indicators[RCR].target")))
        .contains("/crmStrategy/goals/1/indicators/0/target");
  }

  @Test
  void keysFollowTheDocumentedRule() {
    // id
    assertThat(index.exists(path("corporatePlan.tasks[T4].owner"))).isTrue();
    // name, when there is no id
    assertThat(index.pointerOf(path("currentState.competitors[CheapTalk]")))
        .contains("/currentState/competitors/1");
    // role
    assertThat(index.resolve(path("crmStrategy.governance.roles[Data steward]")))
        .containsInstanceOf(Role.class);
    // product
    assertThat(index.pointerOf(path("crmStrategy.customerBase.offerings[Corporate mobile tariff]")))
        .contains("/crmStrategy/customerBase/offerings/0");
    // asOf
    assertThat(index.resolve(path("crmStrategy.goals[CG1].indicators[CLV].history[2024-12-31]")))
        .hasValueSatisfying(
            o -> assertThat(((Observation) o).asOf()).isEqualTo(LocalDate.of(2024, 12, 31)));
    // a plain string is its own key
    assertThat(index.pointerOf(path("crmStrategy.goals[CG1].supports[G1]")))
        .contains("/crmStrategy/goals/0/supports/0");
    assertThat(index.pointerOf(path("currentState.skills[Tariff design]")))
        .contains("/currentState/skills/1");
    // map entries and fields
    assertThat(index.resolve(path("currentState.selfAssessment.information"))).contains(1);
    assertThat(index.resolve(path("crmConcept.sections.alternatives")))
        .hasValueSatisfying(s -> assertThat((String) s).startsWith("Packaged SaaS CRM"));
    assertThat(index.resolve(path("currentState.peers[Regional operators median]"))).isPresent();
  }

  @Test
  void resolvesToModelValues() {
    assertThat(index.resolve(path("crmStrategy.goals[CG1].indicators[CLV]")))
        .hasValueSatisfying(i -> assertThat(((Indicator) i).id()).isEqualTo("CLV"));
    assertThat(index.resolve(path("crmStrategy.goals[CG1].indicators[CLV].target.value")))
        .contains(1000.0);
    assertThat(index.resolve(path("organization.employees"))).contains(4200);
    assertThat(index.resolve(path("currentState.selfAssessment")))
        .hasValueSatisfying(
            m ->
                assertThat(m)
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsKey(BuildingBlock.VISION));
    assertThat(index.resolve(ElementPath.root())).contains(plan);
  }

  @Test
  void absentElementsDoNotExist() {
    assertThat(index.exists(path("crmStrategy.goals[CG9]"))).isFalse();
    assertThat(index.exists(path("crmStrategy.goals[CG1].indicators[CLV].foo"))).isFalse();
    assertThat(index.resolve(path("roadmap.milestones[M3]"))).isEmpty();
    assertThat(index.pointerOf(path("revision.nope"))).isEmpty();
  }

  @Test
  void everyIndexedPathExistsResolvesAndIsLocatedAtItsOwnPointer() {
    assertThat(index.paths()).hasSizeGreaterThan(300);
    for (ElementPath p : index.paths()) {
      assertThat(index.resolve(p)).as("%s resolves", p).isPresent();
      String pointer = index.pointerOf(p).orElseThrow();
      assertThat(ElementPath.parse(p.toString())).isEqualTo(p);
      assertThat(loaded.locations()).as("%s (%s) located", p, pointer).containsKey(pointer);
    }
  }

  @Test
  void anIndexHoldsNoGlobalState() {
    // Two indexes of one plan are independent values that agree; nothing is cached between them.
    ElementIndex other = ElementIndex.of(plan);
    assertThat(other).isNotSameAs(index);
    assertThat(other.paths()).containsExactlyElementsOf(index.paths());
  }

  @Test
  void locateUsesPositionsWhenKnownAndIndexOtherwise() {
    String src = PlanDocumentsTest.REFERENCE.toString();
    ElementPath withPositions =
        ElementPath.root()
            .field("crmStrategy")
            .element("goals", "CG1", 0)
            .element("indicators", "CLV", 0);

    assertThat(loaded.locate(withPositions))
        .hasValueSatisfying(l -> assertThat(l.toString()).isEqualTo(src + ":147:11"));
    assertThat(loaded.locate(path("crmStrategy.goals[CG1].indicators[CLV].target.value")))
        .hasValueSatisfying(l -> assertThat(l.toString()).isEqualTo(src + ":153:20"));
  }

  @Test
  void locateFallsBackToTheNearestLocatedAncestor() {
    String src = PlanDocumentsTest.REFERENCE.toString();

    // The element does not exist (a problem about a missing key): its goal is located instead.
    assertThat(loaded.locate(path("crmStrategy.goals[CG1].indicators[CLV].benchmark.missing")))
        .hasValueSatisfying(l -> assertThat(l.toString()).isEqualTo(src + ":157:11"));
    assertThat(loaded.locate(path("crmStrategy.goals[CG7]")))
        .hasValueSatisfying(l -> assertThat(l.toString()).isEqualTo(src + ":142:3"));
    assertThat(loaded.locate(path("nothing.here")))
        .hasValueSatisfying(l -> assertThat(l.toString()).isEqualTo(src + ":6:1"));
  }
}
