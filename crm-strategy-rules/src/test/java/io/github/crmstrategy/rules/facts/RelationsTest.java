package io.github.crmstrategy.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The formulas of the relations between indicators: parsing and arithmetic. */
class RelationsTest {
  private static double left(String formula, Map<String, Double> kinds) {
    return Relations.parse(formula).left().value(kinds, Map.of("p", 3.0));
  }

  private static double right(String formula, Map<String, Double> kinds) {
    return Relations.parse(formula).right().value(kinds, Map.of("p", 3.0));
  }

  @Test
  void arithmeticFollowsPrecedenceAndParentheses() {
    Map<String, Double> k = Map.of("a", 2.0, "b", 10.0, "c", 4.0);
    assertThat(left("a + b * c = 0", k)).isEqualTo(42.0);
    assertThat(left("(a + b) * c = 0", k)).isEqualTo(48.0);
    assertThat(left("b / c - a = 0", k)).isCloseTo(0.5, within(1e-12));
    assertThat(left("-a + b = 0", k)).isEqualTo(8.0);
    assertThat(right("a = {p} * b", k)).isEqualTo(30.0);
  }

  @Test
  void aMissingValueOrADivisionByZeroIsNotANumber() {
    assertThat(left("a / b = 0", Map.of("a", 1.0, "b", 0.0))).isNaN();
    assertThat(left("a + z = 0", Map.of("a", 1.0))).isNaN();
    assertThat(right("a = {unknown}", Map.of("a", 1.0))).isNaN();
  }

  @Test
  void kindsAndParametersAreListedInOrder() {
    Relations.Formula f =
        Relations.parse(
            "customerLifetimeValue >= {realism.clvCac.healthyMin} * customerAcquisitionCost");
    assertThat(f.kinds()).containsExactly("customerLifetimeValue", "customerAcquisitionCost");
    assertThat(f.params()).containsExactly("realism.clvCac.healthyMin");
    assertThat(f.op()).isEqualTo(">=");
    assertThat(f.shown(Map.of("realism.clvCac.healthyMin", 3.0)))
        .isEqualTo("customerLifetimeValue >= 3 * customerAcquisitionCost");
  }

  @Test
  void comparisonsHonourTheTolerance() {
    assertThat(Relations.holds("=", 104, 100, 5)).isTrue();
    assertThat(Relations.holds("=", 106, 100, 5)).isFalse();
    assertThat(Relations.holds("<=", 104, 100, 5)).isTrue();
    assertThat(Relations.holds("<=", 106, 100, 5)).isFalse();
    assertThat(Relations.holds(">=", 96, 100, 5)).isTrue();
    assertThat(Relations.holds(">=", 94, 100, 5)).isFalse();
    assertThat(Relations.holds("<", 100, 100, 0)).isFalse();
    assertThat(Relations.holds(">", 100.5, 100, 0)).isTrue();
  }

  @Test
  void aBrokenFormulaSaysWhereItBreaks() {
    assertThatThrownBy(() -> Relations.parse("a + = 100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("formula 'a + = 100', at character 5: unexpected '='");
    assertThatThrownBy(() -> Relations.parse("a + "))
        .hasMessageContaining("expected a number, a kind, a {parameter} or '('");
    assertThatThrownBy(() -> Relations.parse("a + b"))
        .hasMessageContaining("expected one of = <= >= < >");
    assertThatThrownBy(() -> Relations.parse("(a = b")).hasMessageContaining("expected ')'");
    assertThatThrownBy(() -> Relations.parse("a = b c")).hasMessageContaining("unexpected 'c'");
  }
}
