package io.github.crmstrategy.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.crmstrategy.text.Languages;
import io.github.crmstrategy.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The problems of plan documents in Russian: broken documents that between them reach every kind of
 * check (binding, values, references, ids, dates, the reader's limits, the encoding) give problems
 * that each carry a key, whose Russian message and fix exist, read as Russian, leave no argument
 * unfilled and differ from the English; the English stays as the checks write it.
 */
class ProblemsInRussianTest {
  private static final String HEAD = "formatVersion: 1\norganization:\n  name: Acme\n";

  /** Documents each of which is invalid, and what they reach between them. */
  private static final List<String> DOCUMENTS =
      List.of(
          HEAD
              + "corporatePlan:\n"
              + "  goals:\n"
              + "    - statement: No id here\n"
              + "      perspective: custmer\n"
              + "    - id: [G2]\n"
              + "    - ~\n"
              + "    - id: G4\n"
              + "      colour: red\n"
              + "  strategies:\n"
              + "    - {id: S1, goals: [G4, G9], addresses: [NOWHERE]}\n"
              + "    - {id: S2, goals: [S1]}\n"
              + "currentState:\n"
              + "  selfAssessment: {visoin: 2, vision: 9}\n",
          "formatVersion: one\norganization:\n  name: [Acme]\n  employees: -3\n",
          "formatVersion: 2\norganization:\n  name: ' '\n"
              + "horizon: {start: 2027-01-01, end: 2026-01-01}\n",
          HEAD
              + "corporatePlan:\n"
              + "  goals:\n"
              + "    - id: G1\n"
              + "      indicators:\n"
              + "        - id: I1\n"
              + "          baseline: {value: .nan, asOf: 2025-01-01}\n"
              + "          target: {value: -.inf, due: 2028-13-31}\n"
              + "    - {id: G1}\n"
              + "    - {id: ''}\n",
          HEAD
              + "crmConcept:\n"
              + "  capabilities:\n"
              + "    - {id: CAP1, dependsOn: [CAP1], reuses: [Something to reuse]}\n"
              + "    - {id: CAP2, dependsOn: [CAP9], phase: PH1}\n",
          "a: &x 1\nb: *x\n",
          HEAD + "---\n" + HEAD,
          "organization: [\n",
          "formatVersion: 1\norganization:\n  name: A\n  name: B\n",
          "");

  private static List<Problem> problems(String content) {
    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class,
            () -> PlanDocuments.read(content, "plan.yaml", DocumentFormat.YAML));
    assertThat(e).as("expected to be rejected: %s", content).isNotNull();
    return e.problems();
  }

  private static Set<String> keys(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ProblemsInRussianTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  private static void assertRussian(Problem p, Set<String> reached) {
    assertThat(p.key()).as("key of %s", p).isNotEmpty();
    reached.add(p.key());
    Messages ru = Messages.of(Problem.BUNDLE, Languages.RUSSIAN);
    assertThat(ru.has(p.key() + ".message")).as("%s.message in problems_ru", p.key()).isTrue();
    if (!p.hint().isEmpty()) {
      assertThat(ru.has(p.key() + ".hint")).as("%s.hint in problems_ru", p.key()).isTrue();
    }
    Problem russian = p.in(Languages.RUSSIAN);
    assertThat(russian.message())
        .as(p.key())
        .containsPattern("\\p{IsCyrillic}")
        .doesNotContain("{")
        .isNotEqualTo(p.message());
    assertThat(russian.hint()).as(p.key()).doesNotContain("{");
    if (!p.hint().isEmpty()) {
      assertThat(russian.hint()).as(p.key()).containsPattern("\\p{IsCyrillic}");
    }
    assertThat(russian.toString(Languages.RUSSIAN))
        .as(p.key())
        .startsWith(russian.location().map(l -> l + ": ").orElse(""));
    // The English is the check's own, whatever the Russian.
    assertThat(p.in(Languages.ENGLISH)).isEqualTo(p);
  }

  @Test
  void everyProblemOfTheBrokenDocumentsHasItsRussianText(@TempDir Path dir) throws Exception {
    Set<String> reached = new TreeSet<>();
    for (String document : DOCUMENTS) {
      for (Problem p : problems(document)) {
        assertRussian(p, reached);
      }
    }
    // A file in Windows-1251, as a Russian editor of old saves it.
    Path legacy = dir.resolve("plan.yaml");
    Files.write(
        legacy, (HEAD + "# Стратегия CRM компании на три года вперёд\n").getBytes("windows-1251"));
    InvalidPlanException e =
        catchThrowableOfType(InvalidPlanException.class, () -> PlanDocuments.read(legacy));
    for (Problem p : e.problems()) {
      assertRussian(p, reached);
    }
    assertThat(reached)
        .contains(
            "key.missing",
            "value.notAllowed.near",
            "expected.value",
            "expected.date",
            "null.item",
            "key.unknown.listed",
            "reference.missing.near",
            "reference.missing.none",
            "reference.wrongKind.listed",
            "addresses.missing",
            "reuses.noResults",
            "dependsOnItself",
            "maturity.self",
            "organization.employees",
            "organization.blank",
            "formatVersion",
            "endBeforeStart",
            "number.nan",
            "number.infinite",
            "id.duplicate.sameList",
            "id.empty",
            "yaml.alias",
            "yaml.secondDocument",
            "syntax.yaml",
            "key.duplicate",
            "document.empty",
            "encoding.cp1251");
  }

  @Test
  void everyRussianMessageHasItsFixAndNamesOnlyKnownKinds() throws IOException {
    Set<String> ru = keys("/io/github/crmstrategy/document/i18n/problems_ru.properties");
    List<String> unpaired = new ArrayList<>();
    for (String key : ru) {
      if (key.endsWith(".message") && !key.startsWith("read.")) {
        String base = key.substring(0, key.length() - ".message".length());
        if (!ru.contains(base + ".hint")) {
          unpaired.add(base);
        }
      }
    }
    assertThat(unpaired).as("messages without a fix").isEmpty();
    // Every element kind has its three cases and its label.
    for (String key : ru) {
      if (key.startsWith("kind.") && key.endsWith(".nom")) {
        String kind = key.substring(5, key.length() - 4);
        assertThat(ru).contains("kind." + kind + ".acc", "kind." + kind + ".gen", "label." + kind);
      }
    }
  }

  @Test
  void aRussianProblemReadsAsValidatePrintsIt() {
    Problem p =
        problems("formatVersion: 1\norganization:\n  name: Acme\n  colour: x\n")
            .get(0)
            .in(Languages.RUSSIAN);
    assertThat(p.toString(Languages.RUSSIAN))
        .isEqualTo(
            "plan.yaml:4:3: organization.colour: неизвестный ключ 'colour' (как исправить:"
                + " известные здесь ключи: businessModel, employees, industry, name)");
  }
}
