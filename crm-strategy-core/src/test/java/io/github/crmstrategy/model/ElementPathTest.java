package io.github.crmstrategy.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text form, the steps, JSON and positions of element paths. */
class ElementPathTest {
  private static final ElementPath CLV =
      ElementPath.root()
          .field("crmStrategy")
          .element("goals", "CG1", 0)
          .element("indicators", "CLV", 2);

  @Test
  void stepsOfAPath() {
    assertThat(CLV).hasToString("crmStrategy.goals[CG1].indicators[CLV]");
    assertThat(CLV.name()).isEqualTo("indicators");
    assertThat(CLV.key()).contains("CLV");
    assertThat(CLV.index()).hasValue(2);
    assertThat(CLV.jsonPointer()).contains("/crmStrategy/goals/0/indicators/2");
    assertThat(CLV.parent().orElseThrow()).hasToString("crmStrategy.goals[CG1]");
    assertThat(CLV.field("target").key()).isEmpty();
    assertThat(ElementPath.root().name()).isEmpty();
    assertThat(ElementPath.root().jsonPointer()).contains("");
  }

  @Test
  void parsingKeepsTheTextAndFindsTheSteps() {
    for (String text :
        List.of(
            "",
            "crmStrategy.goals[CG1].supports[G1]",
            "crmStrategy.governance.roles[Data steward]",
            "currentState.competitors[Foo.com]",
            "currentState.competitors[Ops [EU]]",
            "broken[key",
            "a..b",
            "trailing.")) {
      assertThat(ElementPath.parse(text)).hasToString(text);
    }
    ElementPath parsed = ElementPath.parse("currentState.competitors[Ops [EU]].notes");
    assertThat(parsed.parent().orElseThrow().key()).contains("Ops [EU]");
    assertThat(ElementPath.parse(CLV.toString())).isEqualTo(CLV);
    assertThat(ElementPath.parse(CLV.toString()).jsonPointer()).isEmpty();
  }

  @Test
  void withoutPositionsIsTheSamePathLocatedByItsText() {
    ElementPath plain = CLV.withoutPositions();
    assertThat(plain).isEqualTo(CLV).hasToString(CLV.toString());
    assertThat(plain.jsonPointer()).isEmpty();
    assertThat(plain.index()).isEmpty();
    assertThat(plain.withoutPositions()).isSameAs(plain);
    assertThat(ElementPath.root().field("crmStrategy").withoutPositions().jsonPointer())
        .contains("/crmStrategy");
  }

  @Test
  void jsonIsTheTextForm() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(json.writeValueAsString(CLV))
        .isEqualTo("\"crmStrategy.goals[CG1].indicators[CLV]\"");
    assertThat(json.readValue("\"crmStrategy.goals[CG1]\"", ElementPath.class))
        .hasToString("crmStrategy.goals[CG1]");
    assertThat(json.readValue("\"\"", ElementPath.class).isRoot()).isTrue();
  }

  @Test
  void theKeyingRule() {
    assertThat(ElementPath.keyOf("G1", 3)).isEqualTo("G1");
    assertThat(ElementPath.keyOf(Role.builder().role("Data steward").build(), 0))
        .isEqualTo("Data steward");
    assertThat(ElementPath.keyOf(Offering.builder().build(), 4)).isEqualTo("4");
    assertThat(ElementPath.keyOf(Offering.builder().product("Tariff").build(), 4))
        .isEqualTo("Tariff");
    assertThat(ElementPath.keyOf(Task.builder().id("").build(), 1)).isEmpty();
    assertThat(ElementPath.keyOf(42, 5)).isEqualTo("5");
  }
}
