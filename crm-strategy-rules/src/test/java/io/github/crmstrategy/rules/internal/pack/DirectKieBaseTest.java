package io.github.crmstrategy.rules.internal.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.internal.engine.ReviewEngine;
import io.github.crmstrategy.testing.PlanGenerators;
import io.github.crmstrategy.testing.ReferencePlan;
import io.github.crmstrategy.testing.SamplePlans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.conf.DeclarativeAgendaOption;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.conf.SequentialOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * The default KieBase built straight from the generated model ({@link DefaultPack#newKieBase()}) is
 * the KieBase a classpath {@code KieContainer} builds from {@code META-INF/kmodule.xml}: same
 * options, same rules with the same metadata, same reports.
 */
class DirectKieBaseTest {
  private static final KieContainer CONTAINER =
      KieServices.get().newKieClasspathContainer(DefaultPack.class.getClassLoader());
  private static final KieBase FROM_CONTAINER = CONTAINER.getKieBase(DefaultPack.KBASE);
  private static final KieBase DIRECT = DefaultPack.newKieBase();
  private static final ReviewEngine CONTAINER_ENGINE =
      new ReviewEngine(FROM_CONTAINER, RuleData.defaults());
  private static final ReviewEngine DIRECT_ENGINE = new ReviewEngine(DIRECT, RuleData.defaults());

  /** Where crm-strategy-samples keeps its sample plans (read from the source tree). */
  private static final Path SAMPLE_PLANS = SamplePlans.SOURCE_FOLDER;

  @Test
  void kmoduleDeclaresWhatTheDirectBuildAssumes() {
    KieBaseModel model = CONTAINER.getKieBaseModel(DefaultPack.KBASE);
    assertThat(model.getPackages()).containsExactly(DefaultPack.PACKAGE);
    assertThat(model.getEqualsBehavior()).isEqualTo(EqualityBehaviorOption.IDENTITY);
    assertThat(model.getEventProcessingMode()).isEqualTo(EventProcessingOption.CLOUD);
    assertThat(model.getDeclarativeAgenda()).isEqualTo(DeclarativeAgendaOption.DISABLED);
    assertThat(model.getIncludes()).isEmpty();
  }

  @Test
  void sameKieBaseOptionsAsTheContainer() {
    var direct = ((InternalKnowledgeBase) DIRECT).getRuleBaseConfiguration();
    var container = ((InternalKnowledgeBase) FROM_CONTAINER).getRuleBaseConfiguration();
    assertThat(((InternalKnowledgeBase) DIRECT).getId())
        .isEqualTo(((InternalKnowledgeBase) FROM_CONTAINER).getId())
        .isEqualTo(DefaultPack.KBASE);
    assertThat(direct.getOption(EqualityBehaviorOption.KEY))
        .isEqualTo(container.getOption(EqualityBehaviorOption.KEY))
        .isEqualTo(EqualityBehaviorOption.IDENTITY);
    assertThat(direct.getOption(EventProcessingOption.KEY))
        .isEqualTo(container.getOption(EventProcessingOption.KEY));
    assertThat(direct.getOption(DeclarativeAgendaOption.KEY))
        .isEqualTo(container.getOption(DeclarativeAgendaOption.KEY));
    assertThat(direct.getOption(SequentialOption.KEY))
        .isEqualTo(container.getOption(SequentialOption.KEY));
    assertThat(direct.getOption(KieBaseMutabilityOption.KEY))
        .isEqualTo(container.getOption(KieBaseMutabilityOption.KEY));
  }

  @Test
  void sameRulesWithTheSameMetadataAndGlobals() {
    assertThat(rules(DIRECT)).isNotEmpty().isEqualTo(rules(FROM_CONTAINER));
    for (KiePackage pkg : FROM_CONTAINER.getKiePackages()) {
      KiePackage other = DIRECT.getKiePackage(pkg.getName());
      assertThat(other).as(pkg.getName()).isNotNull();
      assertThat(other.getGlobalVariables())
          .extracting(g -> g.getName() + ":" + g.getType())
          .containsExactlyInAnyOrderElementsOf(
              pkg.getGlobalVariables().stream().map(g -> g.getName() + ":" + g.getType()).toList());
    }
  }

  @Test
  void everyReportingRuleOfTheDrlIsPresent() {
    Set<String> declared = new TreeSet<>();
    Pattern id = Pattern.compile("@id\\(\\s*\"([^\"]+)\"\\s*\\)");
    for (String drl : DefaultRuleSource.texts().values()) {
      Matcher m = id.matcher(drl);
      while (m.find()) {
        declared.add(m.group(1));
      }
    }
    assertThat(declared).hasSizeGreaterThan(10);
    assertThat(DIRECT_ENGINE.rules()).extracting(RuleDescriptor::id).containsAll(declared);
    assertThat(DIRECT_ENGINE.rules()).isEqualTo(CONTAINER_ENGINE.rules());
    assertThat(ReviewEngine.defaults().rules()).isEqualTo(CONTAINER_ENGINE.rules());
  }

  @Test
  void sameReportsOnTheReferenceAndSamplePlans() throws IOException {
    Map<String, PlanDocument> plans = new LinkedHashMap<>();
    plans.put("northwind-telecom.yaml (core test-jar)", ReferencePlan.northwindTelecom());
    try (Stream<Path> files = Files.list(SAMPLE_PLANS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        plans.put(f.getFileName().toString(), read(f));
      }
    }
    assertThat(plans).hasSizeGreaterThan(3);
    for (int factor = 1; factor <= 3; factor++) {
      plans.put("scaled(" + factor + ")", PlanGenerators.scaled(factor));
    }
    List<String> withFindings = new ArrayList<>();
    for (Map.Entry<String, PlanDocument> e : plans.entrySet()) {
      AssessmentReport direct = DIRECT_ENGINE.assess(e.getValue());
      assertSameReport(e.getKey(), direct, CONTAINER_ENGINE.assess(e.getValue()));
      assertSameReport(e.getKey(), ReviewEngine.defaults().assess(e.getValue()), direct);
      if (!direct.findings().isEmpty()) {
        withFindings.add(e.getKey());
      }
    }
    assertThat(withFindings).as("plans with findings").isNotEmpty();
  }

  @Test
  void sameReportsOnGeneratedPlans() {
    qt().withExamples(60)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(
            plan ->
                assertSameReport(
                    plan.organization().name(),
                    DIRECT_ENGINE.assess(plan),
                    CONTAINER_ENGINE.assess(plan)));
  }

  @Test
  void eachCallBuildsAnIndependentKieBase() {
    KieBase copy = DefaultPack.newKieBase();
    assertThat(copy).isNotSameAs(DIRECT);
    KiePackage pkg = copy.getKiePackage(DefaultPack.PACKAGE);
    Rule first = pkg.getRules().iterator().next();
    copy.removeRule(pkg.getName(), first.getName());
    assertThat(DIRECT.getRule(pkg.getName(), first.getName())).isNotNull();
  }

  @Test
  void modelClassNamesComeFromTheGeneratedList() {
    List<String> names = DefaultPack.modelClassNames(DefaultPack.class.getClassLoader());
    assertThat(names).isNotEmpty().allMatch(n -> n.startsWith(DefaultPack.PACKAGE + ".Rules"));
  }

  @Test
  void missingModelListFailsClearly() {
    ClassLoader empty = new ClassLoader(null) {};
    assertThatThrownBy(() -> DefaultPack.modelClassNames(empty))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(DefaultPack.MODEL_LIST)
        .hasMessageContaining("executable model");
  }

  private static void assertSameReport(
      String plan, AssessmentReport actual, AssessmentReport expected) {
    assertThat(actual.findings()).as("findings of %s", plan).isEqualTo(expected.findings());
    assertThat(actual.maturity()).as("maturity of %s", plan).isEqualTo(expected.maturity());
    assertThat(actual).as("report of %s", plan).isEqualTo(expected);
  }

  /** Package name to rule name to metadata. */
  private static Map<String, Map<String, Map<String, Object>>> rules(KieBase kieBase) {
    Map<String, Map<String, Map<String, Object>>> out = new TreeMap<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      Map<String, Map<String, Object>> byName = new TreeMap<>();
      for (Rule rule : pkg.getRules()) {
        byName.put(rule.getName(), new TreeMap<>(rule.getMetaData()));
      }
      if (!byName.isEmpty()) {
        out.put(pkg.getName(), byName);
      }
    }
    return out;
  }

  private static PlanDocument read(Path file) {
    try {
      String text = Files.readString(file);
      return PlanDocuments.read(text, file.getFileName().toString(), DocumentFormat.YAML).plan();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read sample plan " + file, e);
    }
  }
}
