package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.crmstrategy.document.PlanPatch;
import io.github.crmstrategy.model.ImmutableCrmStrategy;
import io.github.crmstrategy.model.ImmutablePlanDocument;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.report.internal.RuleTextLocalizer;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.BlockNextSteps;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.LevelStep;
import io.github.crmstrategy.rules.MaturityProfile;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.TopAction;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.PlanGenerators;
import io.github.crmstrategy.testing.SamplePlans;
import io.github.crmstrategy.text.Languages;
import io.github.crmstrategy.text.MessagePattern;
import io.github.crmstrategy.text.Messages;
import io.github.crmstrategy.text.Wording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule's findings read in Russian: each break case of the rules module (the rule cases as
 * data, {@code crm-strategy-rules/src/test/resources/.../cases/*.yaml}, read from the source tree:
 * this module does not put that module's test classes on its class path) is assessed, and every
 * finding of its rule is said in Russian: no argument left unfilled, not the English text, in
 * Cyrillic, with a Russian rationale and remediation; and wherever the Russian message takes a
 * count in a plural form, the forms for 1, 2, 5, 11, 21 and 22 follow the Russian rules (21 as 1,
 * 22 as 2, 11 as 5). The rules no valid document can break (a plan built in code) and those that
 * report analysts' data (a profile with checks of its own) are read too.
 */
class RussianRuleTextsTest {
  private static final Path CASES =
      Path.of("../crm-strategy-rules/src/test/resources/io/github/crmstrategy/rules/cases");
  private static final Path CHECKS_EXAMPLE =
      Path.of(
          "../crm-strategy-rules/src/test/resources/io/github/crmstrategy/rules/checks-example");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final RuleTextLocalizer RU = RuleTextLocalizer.of(Languages.RUSSIAN);
  private static final Pattern PLURAL = Pattern.compile("\\{(\\w+), plural,");

  /** One break case: the rule, the base plan and the change that breaks the rule. */
  record Case(String rule, String title, String base, JsonNode breaks) {
    @Override
    public String toString() {
      return rule + (title == null ? "" : ": " + title);
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(CASES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        for (JsonNode c : YAML.readTree(f.toFile()).path("cases")) {
          out.add(
              new Case(
                  c.path("rule").asText(),
                  c.hasNonNull("title") ? c.get("title").asText() : null,
                  c.path("base").asText(),
                  c.get("breaks")));
        }
      }
    }
    return out;
  }

  private static PlanDocument broken(Case c) throws Exception {
    String text =
        Samples.names().contains(c.base())
            ? Samples.content(c.base())
            : Files.readString(CASES.resolve("plans").resolve(c.base() + ".yaml"));
    PlanPatch patch = PlanPatch.of(text);
    if (c.breaks() != null && !c.breaks().isNull()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> changes = YAML.convertValue(c.breaks(), Map.class);
      patch.apply(changes);
    }
    return patch.read().plan();
  }

  @TestFactory
  Stream<DynamicTest> everyBreakCaseReadsInRussian() throws IOException {
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThan(120);
    return cases.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.toString(),
                    () -> {
                      AssessmentReport report = SampleReports.REVIEWER.assess(broken(c));
                      List<Finding> found = report.findingsOf(c.rule());
                      assertThat(found)
                          .as("findings of %s on its broken plan", c.rule())
                          .isNotEmpty();
                      found.forEach(RussianRuleTextsTest::readsInRussian);
                    }));
  }

  @Test
  void everyRuleOfThePackHasABreakCaseReadInRussian() throws IOException {
    TreeSet<String> covered = new TreeSet<>();
    cases().forEach(c -> covered.add(c.rule()));
    // read below: a plan built in code, and a profile whose checks are data
    covered.addAll(List.of("ALIGN-006", "ALIGN-046", "ALIGN-047"));
    TreeSet<String> rules = new TreeSet<>();
    SampleReports.REVIEWER.rules().forEach(r -> rules.add(r.id()));
    assertThat(covered).containsAll(rules);
  }

  @Test
  void aCrmStrategyDetailingAStrategyThePlanLacksReadsInRussian() throws Exception {
    PlanDocument northwind = SamplePlans.load(Samples.NORTHWIND_TELECOM).plan();
    PlanDocument plan =
        ImmutablePlanDocument.copyOf(northwind)
            .withCrmStrategy(
                ImmutableCrmStrategy.copyOf(northwind.crmStrategy().orElseThrow())
                    .withStrategy("S-NONE"));
    List<Finding> found = SampleReports.REVIEWER.assess(plan).findingsOf("ALIGN-006");
    assertThat(found).singleElement().satisfies(RussianRuleTextsTest::readsInRussian);
    assertThat(RU.localize(found.get(0)).message())
        .isEqualTo(
            "Стратегия CRM детализирует корпоративную стратегию S-NONE, которой нет в"
                + " корпоративном плане");
  }

  @Test
  void checksAnAnalystAddsAsDataReadInRussian() throws Exception {
    Reviewer example = Reviewer.fromProfile(CHECKS_EXAMPLE.resolve("profile.yaml"));
    PlanPatch opportunity =
        PlanPatch.of(Samples.content(Samples.NORTHWIND_TELECOM))
            .add(
                "corporatePlan.swot.opportunities",
                Map.of("id", "SW-O2", "statement", "Municipal tenders open to operators."));
    Finding gap = example.assess(opportunity.read().plan()).findingsOf("ALIGN-047").get(0);
    readsInRussian(gap);
    assertThat(RU.localize(gap).message())
        .contains("SW-O2 «Municipal tenders open to operators»")
        .contains("opportunitiesPursued");
    PlanPatch late =
        PlanPatch.of(Samples.content(Samples.NORTHWIND_TELECOM))
            .set("roadmap.milestones[M2].due", "2026-11-30");
    example
        .assess(late.read().plan())
        .findingsOf("ALIGN-046")
        .forEach(RussianRuleTextsTest::readsInRussian);
    assertThat(example.assess(late.read().plan()).findingsOf("ALIGN-046")).isNotEmpty();
  }

  @Test
  void everyWordingOfTheSamplesHasARussianPattern() {
    for (String sample : Samples.names()) {
      AssessmentReport report = SampleReports.reviewed(sample).report();
      allWordsSaidInRussian(sample, report);
    }
  }

  @Test
  void aPlanSaidInRussianTwiceReadsTheSame() {
    for (String sample : Samples.names()) {
      ReviewedPlan once = RU.localize(SampleReports.reviewed(sample));
      ReviewedPlan twice = RU.localize(once);
      assertThat(twice.report()).as(sample).isEqualTo(once.report());
    }
  }

  @Test
  void everyRuleDerivedTextOfGeneratedPlansReadsInRussian() {
    qt().withExamples(25)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(
            plan -> allWordsSaidInRussian("generated", SampleReports.REVIEWER.assess(plan)));
  }

  /**
   * Every wording of {@code report} (evidence details, holds, level-step changes, top actions, the
   * explanation of the overall level, the parts of findings' messages) has a Russian pattern, and
   * every rule-derived text of the Russian report leaves no argument unfilled.
   */
  static void allWordsSaidInRussian(String plan, AssessmentReport report) {
    List<Wording> words = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (MaturityProfile p : List.of(report.maturity().current(), report.maturity().target())) {
      p.explanationWording().ifPresent(words::add);
      for (BlockMaturity b : p.blocks().values()) {
        b.evidence().forEach(e -> e.detailWording().ifPresent(words::add));
        b.heldBy().forEach(h -> h.wording().ifPresent(words::add));
      }
    }
    report
        .documentQuality()
        .aspects()
        .values()
        .forEach(a -> a.evidence().forEach(e -> e.detailWording().ifPresent(words::add)));
    for (BlockNextSteps n : report.nextActions().blocks().values()) {
      for (LevelStep step :
          List.of(n.current(), n.target()).stream().flatMap(Optional::stream).toList()) {
        step.changes().forEach(c -> c.wording().ifPresent(words::add));
      }
    }
    for (TopAction a : report.nextActions().top()) {
      a.titleWording().ifPresent(words::add);
      a.whyWording().ifPresent(words::add);
    }
    for (Finding f : report.findings()) {
      f.arguments().values().stream()
          .flatMap(v -> v instanceof List<?> l ? l.stream() : Stream.of(v))
          .filter(Wording.class::isInstance)
          .map(Wording.class::cast)
          .forEach(words::add);
    }
    for (Wording w : words) {
      assertThat(RU.render(w)).as("%s: Russian of %s", plan, w).isPresent();
      texts.add(RU.render(w).orElseThrow());
    }
    MaturityProfile today = RU.localize(report.maturity()).current();
    texts.add(today.explanation());
    today.blocks().values().forEach(b -> b.heldBy().forEach(h -> texts.add(h.text())));
    RU.localize(report.nextActions()).top().forEach(t -> texts.add(t.title() + " " + t.why()));
    report.findings().forEach(f -> texts.add(RU.localize(f).message()));
    for (String t : texts) {
      assertThat(t)
          .as("%s: %s", plan, t)
          .doesNotContain("{")
          .doesNotContain("}")
          .doesNotContain("#");
    }
  }

  @Test
  void aProfilesTextsSayItsCriteriaAndReplaceBuiltInTexts() throws Exception {
    Reviewer reviewer =
        Reviewer.fromProfile(
            Path.of(
                "../crm-strategy-rules/src/test/resources/io/github/crmstrategy/rules/texts-example/profile.yaml"));
    PlanDocument plan =
        PlanPatch.of(Samples.content(Samples.NORTHWIND_TELECOM))
            .remove("corporatePlan.mission")
            .read()
            .plan();
    ReviewedPlan ru = RU.localize(ReviewedPlan.of("p", plan, reviewer.assess(plan)));
    Map<String, String> descriptions = new LinkedHashMap<>();
    ru.report()
        .maturity()
        .current()
        .blocks()
        .values()
        .forEach(b -> b.evidence().forEach(e -> descriptions.put(e.criterion(), e.description())));
    // the profile's criterion in its Russian words, one without a translation in English
    assertThat(descriptions)
        .containsEntry("ACME-REVIEWS", "Сегодня применяются две клиентские практики или больше")
        .containsEntry("ACME-PORTAL", "Two or more touchpoint systems run today")
        .containsEntry(
            "VIS-LEADER",
            "Роль руководства или управления CRM занята сегодня (у роли есть исполнитель с"
                + " известной даты)");
    // the profile's wording of a built-in rule wins over the library's
    assertThat(ru.report().findingsOf("COMP-006"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.remediation())
                    .isEqualTo(
                        "Сформулируйте миссию компании одной фразой: что она делает, как и для"
                            + " кого."));
    RuleDescriptor comp006 =
        RU.localize(
            reviewer.rules().stream()
                .filter(r -> r.id().equals("COMP-006"))
                .findFirst()
                .orElseThrow());
    assertThat(comp006.remediation()).startsWith("Сформулируйте миссию компании одной фразой");
  }

  /** What every Russian finding must be. */
  static void readsInRussian(Finding f) {
    Finding ru = RU.localize(f);
    String id = f.ruleId();
    assertThat(ru.message())
        .as("Russian message of %s (English: %s)", id, f.message())
        .doesNotContain("{")
        .doesNotContain("}")
        .doesNotContain("#")
        .doesNotContain("  ")
        .isNotEqualTo(f.message())
        .containsPattern("\\p{IsCyrillic}{3}");
    assertThat(Character.isLowerCase(ru.message().codePointAt(0)))
        .as("%s begins with a lower-case letter: %s", id, ru.message())
        .isFalse();
    assertThat(ru.rationale()).as("rationale of %s", id).isNotEqualTo(f.rationale());
    assertThat(ru.rationale()).as("rationale of %s", id).containsPattern("\\p{IsCyrillic}{3}");
    assertThat(ru.remediation()).as("remediation of %s", id).containsPattern("\\p{IsCyrillic}{3}");
    pluralsFollowRussian(f);
  }

  @Test
  void everyPluralOfTheRussianTextsFollowsRussian() {
    int plurals = 0;
    for (String bundle : List.of(RuleTextLocalizer.RULES, RuleTextLocalizer.MATURITY)) {
      Messages ru = Messages.of(bundle, Languages.RUSSIAN);
      for (String key : ru.keys()) {
        String pattern = ru.pattern(key).orElseThrow();
        Matcher m = PLURAL.matcher(pattern);
        while (m.find()) {
          pluralFollowsRussian(key, pattern, m);
          plurals++;
        }
      }
    }
    assertThat(plurals).isGreaterThan(60);
  }

  /**
   * Each plural form of the rule's Russian message, said with its count 1, 2, 5, 11, 21 and 22: 21
   * reads as 1, 22 as 2 and 11 as 5 (the number aside: 1 показатель, 21 показатель; 2 показателя,
   * 22 показателя; 5 показателей, 11 показателей), and a form that shows its number shows it for
   * every count.
   */
  static void pluralsFollowRussian(Finding f) {
    String pattern = RU.pattern(f.ruleId() + ".message").orElseThrow();
    Matcher m = PLURAL.matcher(pattern);
    while (m.find()) {
      pluralFollowsRussian(f.ruleId(), pattern, m);
    }
  }

  /** The plural form {@code m} found in {@code pattern} (of {@code key}) said with 1..22. */
  private static void pluralFollowsRussian(String key, String pattern, Matcher m) {
    {
      String name = m.group(1);
      String plural = pattern.substring(m.start(), closing(pattern, m.start()) + 1);
      Map<Integer, String> forms = new LinkedHashMap<>();
      for (int n : new int[] {1, 2, 5, 11, 21, 22}) {
        forms.put(
            n,
            MessagePattern.format(plural, Languages.RUSSIAN, Map.of(name, n))
                .replace(String.valueOf(n), "N"));
      }
      String what = key + " " + plural;
      assertThat(forms.get(21)).as("%s: 21 reads as 1", what).isEqualTo(forms.get(1));
      assertThat(forms.get(22)).as("%s: 22 reads as 2", what).isEqualTo(forms.get(2));
      assertThat(forms.get(11)).as("%s: 11 reads as 5", what).isEqualTo(forms.get(5));
      if (plural.contains("#")) {
        assertThat(forms.values()).as("%s shows its number", what).allMatch(t -> t.contains("N"));
      }
    }
  }

  /** The index of the brace that closes the one at {@code open}. */
  private static int closing(String p, int open) {
    int depth = 0;
    for (int i = open; i < p.length(); i++) {
      if (p.charAt(i) == '{') {
        depth++;
      } else if (p.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced pattern " + p);
  }
}
