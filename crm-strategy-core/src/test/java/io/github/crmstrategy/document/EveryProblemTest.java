package io.github.crmstrategy.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.crmstrategy.samples.Samples;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem of a document in one run, and the encodings, numbers and sizes a hostile or merely
 * unlucky document brings: each problem located (file, line, column, path) with a fix.
 */
class EveryProblemTest {
  private static final String HEAD = "formatVersion: 1\norganization:\n  name: Acme\n";
  private static final String REFERENCE = Samples.content(Samples.NORTHWIND_TELECOM);

  private static List<String> problems(String content, String source) {
    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class,
            () -> PlanDocuments.read(content, source, DocumentFormat.of(Path.of(source))));
    assertThat(e).as("expected %s to be rejected", source).isNotNull();
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.location()).isPresent());
    return e.problems().stream().map(Problem::toString).toList();
  }

  /** The reference plan with line {@code line} (1-based) changed by {@code from -> to}. */
  private static String reference(Object... edits) {
    String[] lines = REFERENCE.split("\n", -1);
    for (int i = 0; i < edits.length; i += 3) {
      int line = (Integer) edits[i] - 1;
      assertThat(lines[line]).contains((String) edits[i + 1]);
      lines[line] = lines[line].replace((String) edits[i + 1], (String) edits[i + 2]);
    }
    return String.join("\n", lines);
  }

  @Test
  void fourBrokenValuesAreFourProblemsInOneRun() {
    String plan =
        reference(
            16,
            "4200",
            "lots",
            53,
            "increase ",
            "upward ",
            55,
            "2028-12-31",
            "2028-13-31",
            69,
            "78",
            "seventy");

    assertThat(problems(plan, "plan.yaml"))
        .containsExactly(
            "plan.yaml:16:3: organization.employees: expected a whole number, found text 'lots'"
                + " (fix: write a whole number without quotes, for example 3)",
            "plan.yaml:53:11: corporatePlan.goals[G1].indicators[G1-REV].direction: 'upward' is"
                + " not a valid direction (fix: use one of: increase, decrease, maintain)",
            "plan.yaml:55:38: corporatePlan.goals[G1].indicators[G1-REV].target.due: expected a"
                + " date, found text '2028-13-31' (fix: write an ISO date YYYY-MM-DD, for example"
                + " 2027-12-31)",
            "plan.yaml:69:22: corporatePlan.goals[G2].indicators[G2-RET].baseline.value: expected"
                + " a number, found text 'seventy' (fix: write a plain number without quotes,"
                + " units or separators, e.g. 12.5)");
  }

  @Test
  void typeValueAndReferenceProblemsAreListedTogetherInDocumentOrder() {
    String plan =
        HEAD
            + "corporatePlan:\n"
            + "  goals:\n"
            + "    - statement: No id here\n" // 6
            + "      perspective: custmer\n" // 7
            + "    - id: [G2]\n" // 8
            + "    - ~\n" // 9
            + "    - id: G4\n" // 10
            + "      colour: red\n" // 11
            + "  strategies:\n"
            + "    - {id: S1, goals: [G4, G9]}\n" // 13
            + "currentState:\n"
            + "  selfAssessment: {visoin: 2, vision: 9}\n"; // 15

    assertThat(problems(plan, "plan.yaml"))
        .containsExactly(
            "plan.yaml:6:7: corporatePlan.goals[0].id: missing required key 'id' of a strategic"
                + " goal (fix: add 'id: ...' here)",
            "plan.yaml:7:7: corporatePlan.goals[0].perspective: 'custmer' is not a valid"
                + " perspective; did you mean 'customer'? (fix: use one of: financial, customer,"
                + " internalProcess, learningAndGrowth)",
            "plan.yaml:8:7: corporatePlan.goals[1].id: expected text, found a list (fix: write a"
                + " single text value)",
            "plan.yaml:9:7: corporatePlan.goals: the list contains an empty (null) item (fix:"
                + " remove the empty item or give it a value)",
            "plan.yaml:11:7: corporatePlan.goals[G4].colour: unknown key 'colour' (fix: known keys"
                + " here: id, indicators, perspective, statement, swot)",
            "plan.yaml:13:28: corporatePlan.strategies[S1].goals[G9]: Corporate strategy 'S1'"
                + " refers to corporate goal 'G9', which does not exist (fix: Refer to an existing"
                + " corporate goal: did you mean 'G4'?)",
            "plan.yaml:15:20: currentState.selfAssessment.visoin: 'visoin' is not a valid building"
                + " block; did you mean 'vision'? (fix: use one of: vision, strategy,"
                + " customerExperience, collaboration, processes, information, technology,"
                + " metrics)",
            "plan.yaml:15:31: currentState.selfAssessment.vision: Self-assessed maturity for"
                + " building block 'vision' is 9, outside 1..5 (fix: Use a level from 1 (initial)"
                + " to 5 (optimising))");
  }

  @Test
  void aValueTakenOutIsNotReportedAgainAsMissingNorQuotedAsAPlaceholder() {
    String plan = "formatVersion: one\norganization:\n  name: [Acme]\n  employees: -3\n";

    assertThat(problems(plan, "plan.yaml"))
        .containsExactly(
            "plan.yaml:1:1: formatVersion: expected a whole number, found text 'one' (fix: write"
                + " a whole number without quotes, for example 3)",
            "plan.yaml:3:3: organization.name: expected text, found a list (fix: write a single"
                + " text value)",
            "plan.yaml:4:3: organization.employees: Organization (unreadable, see above) has -3"
                + " employees; the number cannot be negative (fix: Write the number of employees"
                + " (0 or more), or leave it out)");
  }

  @Test
  void notANumberAndInfinityAreLocatedWithPathAndFixInYamlAndJson() {
    assertThat(problems(reference(54, "120000000", ".nan", 69, "78", "-.inf"), "plan.yaml"))
        .containsExactly(
            "plan.yaml:54:29: corporatePlan.goals[G1].indicators[G1-REV].baseline.value: '.nan'"
                + " is not a number a plan can use: it means 'not a number' (fix: write a finite"
                + " number, or leave the key out when the value is not known)",
            "plan.yaml:69:29: corporatePlan.goals[G2].indicators[G2-RET].baseline.value: '-.inf'"
                + " is not a number a plan can use: it is infinite or too large (fix: write a"
                + " finite number, or leave the key out when the value is not known)");
    String json =
        "{\"formatVersion\": 1, \"organization\": {\"name\": \"A\", \"employees\": 1e400},\n"
            + " \"horizon\": {\"start\": NaN}}";
    assertThat(problems(json, "plan.json"))
        .containsExactly(
            "plan.json:1:65: organization.employees: '1e400' is not a number a plan can use: it is"
                + " infinite or too large (fix: write a finite number, or leave the key out when"
                + " the value is not known)",
            "plan.json:2:23: horizon.start: 'NaN' is not a number a plan can use: it means 'not a"
                + " number' (fix: write a finite number, or leave the key out when the value is"
                + " not known)")
        .noneMatch(p -> p.contains("JsonReadFeature"));
  }

  @Test
  void valuesBeyondTheLargestSizeArePointedOut() {
    assertThat(problems(reference(55, "150000000", "1.7e308"), "plan.yaml"))
        .containsExactly(
            "plan.yaml:55:20: corporatePlan.goals[G1].indicators[G1-REV].target.value: Target"
                + " value of indicator 'G1-REV' is 1.7E308, beyond the largest size a plan value"
                + " may have (1e18) (fix: Write the value in a larger unit (thousands, millions)"
                + " and name it in the indicator's unit)");
  }

  @Test
  void aByteOrderMarkIsAcceptedInJsonAndYaml() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String json = "{\"formatVersion\": 1, \"organization\": {\"name\": \"Acme\"}}";
    assertThat(read(concat(bom, json.getBytes(StandardCharsets.UTF_8)), "p.json").organization())
        .hasToString("Organization{name=Acme}");
    assertThat(PlanDocuments.read("\uFEFF" + json, "p.json", DocumentFormat.JSON).plan())
        .isNotNull();
    assertThat(read(concat(bom, REFERENCE.getBytes(StandardCharsets.UTF_8)), "p.yaml"))
        .isEqualTo(PlanDocuments.read(REFERENCE, "p.yaml", DocumentFormat.YAML).plan());
  }

  @Test
  void utf16WithAByteOrderMarkIsReadAndWithoutOneIsNamed(@TempDir Path dir) throws Exception {
    // What Windows PowerShell 5 writes with '>' and Notepad calls "Unicode".
    Path marked = dir.resolve("marked.yaml");
    Files.write(marked, REFERENCE.getBytes(StandardCharsets.UTF_16)); // BOM, big-endian
    assertThat(PlanDocuments.read(marked).plan())
        .isEqualTo(PlanDocuments.read(REFERENCE, "p.yaml", DocumentFormat.YAML).plan());

    Path unmarked = dir.resolve("unmarked.yaml");
    Files.write(unmarked, REFERENCE.getBytes(StandardCharsets.UTF_16LE));
    InvalidPlanException e =
        catchThrowableOfType(InvalidPlanException.class, () -> PlanDocuments.read(unmarked));
    assertThat(e.problems())
        .singleElement()
        .hasToString(
            unmarked
                + ":1:1: the file looks like UTF-16LE text without a byte-order mark (every other"
                + " byte is zero); plan documents and profiles are UTF-8 (fix: save the file as"
                + " UTF-8: most editors offer the encoding in Save as)");
  }

  @Test
  void textInALegacyEncodingIsLocatedAtItsFirstByteWithAHint() throws Exception {
    String text = HEAD.replace("Acme", "Acmé") + "revision: {notes: ok}\n";
    InvalidPlanException e = decodeError(text.getBytes(Charset.forName("ISO-8859-1")));
    assertThat(e.problems())
        .singleElement()
        .hasToString(
            "in.yaml:3:12: the file is not UTF-8 text: byte 0xE9 here is not valid UTF-8; it looks"
                + " like a legacy 8-bit encoding such as Windows-1252 or ISO-8859-1 (fix: save the"
                + " file as UTF-8: most editors offer the encoding in Save as)");

    String russian =
        HEAD.replace("Acme", "Северный Телеком, отдел по работе с клиентами и продажам");
    assertThat(decodeError(russian.getBytes(Charset.forName("windows-1251"))).problems())
        .singleElement()
        .asString()
        .startsWith("in.yaml:3:9: the file is not UTF-8 text: byte 0xD1")
        .contains("for Russian text probably Windows-1251");
  }

  @Test
  void theSizeLimitBlamesTheDocumentNotAnElementAndNamesNoParserInternals() {
    String notes = "x".repeat(JacksonMappers.MAX_DOCUMENT_CHARS);
    String json =
        "{\"formatVersion\": 1, \"organization\": {\"name\": \"A\"}, \"corporatePlan\":"
            + " {\"mission\": \""
            + notes
            + "\"}}";
    assertThat(problems(json, "big.json"))
        .singleElement()
        .asString()
        .startsWith(
            "big.json:1:1: the document exceeds a safety limit: it has 5242965 characters, more"
                + " than the 5242880 (5 MB) a plan document may have")
        .doesNotContain("mission")
        .doesNotContain("StreamReadConstraints");
  }

  private static InvalidPlanException decodeError(byte[] bytes) {
    return catchThrowableOfType(
        InvalidPlanException.class,
        () -> PlanDocuments.read(new ByteArrayInputStream(bytes), "in.yaml", DocumentFormat.YAML));
  }

  private static io.github.crmstrategy.model.PlanDocument read(byte[] bytes, String source)
      throws Exception {
    return PlanDocuments.read(
            new ByteArrayInputStream(bytes), source, DocumentFormat.of(Path.of(source)))
        .plan();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
