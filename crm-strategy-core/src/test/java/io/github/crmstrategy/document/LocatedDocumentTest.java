package io.github.crmstrategy.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocatedDocumentTest {
  private static final String YAML =
      """
      name: acme
      rules:
        REAL-003: {severity: WARNING}
        "a/b": off
      parameters:
        realism.indicatorsPerGoal.max: 4
      drl: [one.drl, two.drl]
      list:
        - id: X
          value: 1
      """;

  private static LocatedDocument read(String text) throws InvalidDocumentException {
    return LocatedDocument.read(text, "p.yaml", DocumentFormat.YAML);
  }

  private static JsonPointer at(String pointer) {
    return JsonPointer.compile(pointer);
  }

  private static SourceLocation loc(int line, int column) {
    return new SourceLocation("p.yaml", line, column);
  }

  @Test
  void aFieldIsLocatedAtItsKeyAndItsValueApart() throws Exception {
    LocatedDocument doc = read(YAML);
    assertThat(doc.source()).isEqualTo("p.yaml");
    assertThat(doc.root().path("name").asText()).isEqualTo("acme");
    assertThat(doc.locate(at("/parameters/realism.indicatorsPerGoal.max"))).contains(loc(6, 3));
    assertThat(doc.locateValue(at("/parameters/realism.indicatorsPerGoal.max")))
        .contains(loc(6, 34));
    assertThat(doc.locate(at("/rules/REAL-003/severity"))).contains(loc(3, 14));
    assertThat(doc.locateValue(at("/rules/REAL-003/severity"))).contains(loc(3, 24));
    assertThat(doc.locateValue(at("/rules/REAL-003"))).contains(loc(3, 13));
  }

  @Test
  void listElementsAreLocatedAtTheirValue() throws Exception {
    LocatedDocument doc = read(YAML);
    assertThat(doc.locate(at("/drl/1"))).contains(loc(7, 16));
    assertThat(doc.locateValue(at("/drl/1"))).contains(loc(7, 16));
    assertThat(doc.locate(at("/list/0"))).isEqualTo(doc.locateValue(at("/list/0")));
    assertThat(doc.locate(at("/list/0/value"))).contains(loc(10, 5));
  }

  @Test
  void keysThatNeedEscapingAreAddressedByTheirPointer() throws Exception {
    LocatedDocument doc = read(YAML);
    JsonPointer key = JsonPointer.compile("/rules").appendProperty("a/b");
    assertThat(key.toString()).isEqualTo("/rules/a~1b");
    assertThat(doc.locate(key)).contains(loc(4, 3));
    assertThat(doc.locateValue(key)).contains(loc(4, 10));
  }

  @Test
  void theNearestEnclosingNodeLocatesWhatIsMissing() throws Exception {
    LocatedDocument doc = read(YAML);
    assertThat(doc.locate(at("/rules/NONE"))).isEmpty();
    assertThat(doc.locateNearest(at("/rules/NONE/severity"))).contains(loc(2, 1));
    assertThat(doc.locateNearest(at(""))).contains(loc(1, 1));
    assertThat(doc.locations()).containsEntry("/drl", loc(7, 1));
  }

  @Test
  void aBindingErrorIsLocatedByItsPath() throws Exception {
    LocatedDocument doc = read("rows:\n  - {a: 1}\n  - {a: 2, b: 3}\n");
    JsonMappingException e =
        catchThrowableOfType(
            JsonMappingException.class,
            () ->
                JacksonMappers.dataFiles(DocumentFormat.YAML).treeToValue(doc.root(), Rows.class));
    assertThat(doc.locate(e)).contains(loc(3, 12));
  }

  /** A data-file shape for the binding test. */
  public record Rows(List<Item> rows) {}

  /** A row of {@link Rows}. */
  public record Item(int a) {}

  @Test
  void scalarsKeepTheTextAsWritten() throws Exception {
    LocatedDocument doc = read("a: 1.50\nb: True\nc: text\nd: ~\ne: [1_000, 0x1F]\nf: {g: 1}\n");
    assertThat(doc.root().get("a").doubleValue()).isEqualTo(1.5);
    assertThat(doc.scalarText(at("/a"))).contains("1.50");
    assertThat(doc.scalarText(at("/b"))).contains("True");
    assertThat(doc.scalarText(at("/c"))).contains("text");
    assertThat(doc.scalarText(at("/d"))).contains("");
    assertThat(doc.scalarText(at("/e/0"))).contains("1_000");
    assertThat(doc.scalarText(at("/e/1"))).contains("0x1F");
    assertThat(doc.scalarText(at("/f"))).isEmpty();
    assertThat(doc.scalarText(at("/none"))).isEmpty();
  }

  @Test
  void anEmptyDocumentHasAMissingRoot() throws Exception {
    assertThat(read("").isEmpty()).isTrue();
    assertThat(read("# only a comment\n").isEmpty()).isTrue();
    assertThat(read("a: 1\n").isEmpty()).isFalse();
  }

  @Test
  void syntaxProblemsAreThoseOfPlanDocuments() {
    assertThat(problem("a: 1\na: 2\n"))
        .isEqualTo(
            "p.yaml:2:1: a: duplicate key 'a' (fix: keep one 'a' key in this mapping: later ones would silently win)");
    assertThat(problem("a: &x 1\nb: *x\n"))
        .startsWith("p.yaml:2:4: b: YAML alias '*x' is not supported");
    assertThat(problem("a: 1\n---\nb: 2\n")).startsWith("p.yaml:3:1: more than one document");
    assertThat(problem("a: [1, 2\nb: 3\n")).contains("YAML syntax error: ");
    assertThat(problem("x" + "y".repeat(JacksonMappers.MAX_YAML_LINE_LENGTH + 1)))
        .contains("the document exceeds a safety limit: line longer than");
  }

  @Test
  void jsonIsLocatedToo() throws Exception {
    LocatedDocument doc =
        LocatedDocument.read("{\n  \"a\": {\"b\": [1, 2]}\n}\n", "d.json", DocumentFormat.JSON);
    assertThat(doc.locate(at("/a/b"))).contains(new SourceLocation("d.json", 2, 9));
    assertThat(doc.locateValue(at("/a/b/1"))).contains(new SourceLocation("d.json", 2, 18));
    assertThatThrownBy(
            () -> LocatedDocument.read("{\"a\": 1, \"a\": 2}", "d.json", DocumentFormat.JSON))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining("duplicate key 'a'");
  }

  private static String problem(String text) {
    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, () -> read(text));
    assertThat(e).as(text).isNotNull();
    assertThat(e.source()).isEqualTo("p.yaml");
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0).toString();
  }
}
