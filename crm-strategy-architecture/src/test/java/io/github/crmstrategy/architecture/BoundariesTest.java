package io.github.crmstrategy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The module and package boundaries of crm-strategy, checked on the compiled main classes of every
 * module (tests excluded). Each rule says why it exists; a rule fails with the exact dependency
 * (class, member and line) that breaks it.
 *
 * <p>Modules are told apart by where their classes come from (the module's jar or {@code
 * target/classes} folder), not by package names, so a package moved to the wrong module is caught
 * too.
 */
@AnalyzeClasses(
    packages = "io.github.crmstrategy",
    importOptions = {ImportOption.DoNotIncludeTests.class, BoundariesTest.NoTestJars.class})
class BoundariesTest {

  /**
   * The only places where one module may use another's {@code internal} packages, each with the
   * reason. Keep this list short: an entry is a debt or a measurement harness, never a shortcut.
   */
  static final List<DeclaredException> EXCEPTIONS =
      List.of(
          new DeclaredException(
              "crm-strategy-benchmarks",
              "io.github.crmstrategy.benchmarks.Internals",
              "io.github.crmstrategy.rules.internal.",
              "the benchmarks measure the engine's parts (fact extraction, a realism-only KieBase,"
                  + " engines over private KieBase copies); every such access goes through"
                  + " benchmarks.Internals"),
          new DeclaredException(
              "crm-strategy-rules-compiler",
              "io.github.crmstrategy.rules.compiler.internal.DroolsRuleCompiler",
              "io.github.crmstrategy.rules.internal.pack.",
              "the optional compiler is the run-time half of the rules' pack builder, split off so"
                  + " that hosts of the built-in rules do not carry the DRL compiler and POI: it"
                  + " implements the internal RuleCompiler service, found by ServiceLoader, and is"
                  + " released with crm-strategy-rules at one version"));

  @ArchTest
  static final ArchRule internalsStayInTheirModule =
      classes()
          .should(onlyUseInternalsOfTheirOwnModule())
          .because(
              "a module's internal packages may change in any release; other modules use its API"
                  + " (see BoundariesTest.EXCEPTIONS for the declared exceptions)");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices()
          .matching("io.github.crmstrategy.(*)..")
          .should()
          .beFreeOfCycles()
          .because(
              "components (model, document, rules, report, cli...) that depend on each other cannot"
                  + " be understood, tested or released apart");

  @ArchTest
  static final ArchRule noCyclesAmongInternalPackages =
      slices()
          .matching("io.github.crmstrategy.(*).internal.(*)..")
          .should()
          .beFreeOfCycles()
          .because(
              "a component's internal packages (the rules' engine, pack, facts and profile) are"
                  + " layered: each can be changed without the ones it does not depend on");

  @ArchTest
  static final ArchRule reportsDoNotDependOnTheEngine =
      noClasses()
          .that()
          .resideInAPackage("io.github.crmstrategy.report..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.kie..", "org.drools..", "io.github.crmstrategy.rules.internal..")
          .because(
              "the renderers work on the review API's results (AssessmentReport, Finding,"
                  + " RuleDescriptor), so they render reports from any source and the engine can"
                  + " change freely");

  @ArchTest
  static final ArchRule factsNeedOnlyTheDrlContract =
      noClasses()
          .that()
          .resideInAPackage("io.github.crmstrategy.rules.facts..")
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "are Drools classes other than org.kie.api.runtime.rule.RuleContext",
                  (JavaClass c) ->
                      (c.getPackageName().startsWith("org.kie")
                              || c.getPackageName().startsWith("org.drools"))
                          && !c.getName().equals("org.kie.api.runtime.rule.RuleContext")))
          .because(
              "facts are the analysts' DRL contract (docs/fact-model.md): plain records, plus the"
                  + " RuleContext a consequence hands to FindingSink");

  @ArchTest
  static final ArchRule coreKnowsNoReview =
      noClasses()
          .that()
          .resideInAnyPackage("io.github.crmstrategy.model..", "io.github.crmstrategy.document..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.github.crmstrategy.rules..",
              "io.github.crmstrategy.report..",
              "io.github.crmstrategy.cli..",
              "org.kie..",
              "org.drools..")
          .because("crm-strategy-core (plan model and documents) is usable without the review");

  @ArchTest
  static final ArchRule rulesKnowNoRenderingOrCommandLine =
      noClasses()
          .that()
          .resideInAPackage("io.github.crmstrategy.rules..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.github.crmstrategy.report..", "io.github.crmstrategy.cli..")
          .because("the review produces results; rendering and the command line are built on it");

  @ArchTest
  static final ArchRule librariesDoNotPrint =
      noClasses()
          .that()
          .resideInAnyPackage(
              "io.github.crmstrategy.model..",
              "io.github.crmstrategy.document..",
              "io.github.crmstrategy.rules..",
              "io.github.crmstrategy.report..")
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .because("library code logs through SLF4J; only programs write to the console");

  /** Excludes the modules' test-jars (the core test-jar's generators and fixtures). */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(com.tngtech.archunit.core.importer.Location location) {
      return !location.contains("-tests.jar");
    }
  }

  /** Where a class comes from: its module's artifact id, or {@code ?} when unknown. */
  static String moduleOf(JavaClass c) {
    String uri = c.getSource().map(s -> s.getUri().toString()).orElse("");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "(crm-strategy-[a-z]+(?:-[a-z]+)*)(?:/target/(?:test-)?classes|-[0-9][^/]*\\.jar)")
            .matcher(uri);
    return m.find() ? m.group(1) : "?";
  }

  private static boolean isInternal(JavaClass c) {
    return c.getPackageName().startsWith("io.github.crmstrategy.")
        && (c.getPackageName().contains(".internal.") || c.getPackageName().endsWith(".internal"));
  }

  static ArchCondition<JavaClass> onlyUseInternalsOfTheirOwnModule() {
    return new ArchCondition<>("use only their own module's internal packages") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String from = moduleOf(origin);
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          // An array of an internal type is that type (arrays have no class file of their own).
          JavaClass target = d.getTargetClass().getBaseComponentType();
          if (!isInternal(target)) {
            continue;
          }
          String to = moduleOf(target);
          if (to.equals(from)
              || EXCEPTIONS.stream().anyMatch(e -> e.allows(from, origin, target))) {
            continue;
          }
          events.add(
              SimpleConditionEvent.violated(
                  d,
                  from
                      + " reaches into "
                      + to
                      + "'s internals: "
                      + d.getDescription()
                      + " (use the module's API, or declare the exception in"
                      + " BoundariesTest.EXCEPTIONS with its reason)"));
        }
      }
    };
  }

  /**
   * A declared use of another module's internals: classes of {@code module} named {@code
   * originClass} (a class name, nested classes included) may use {@code targetPackagePrefix}.
   */
  record DeclaredException(
      String module, String originClass, String targetPackagePrefix, String reason) {
    boolean allows(String fromModule, JavaClass origin, JavaClass target) {
      return module.equals(fromModule)
          && (origin.getName().equals(originClass)
              || origin.getName().startsWith(originClass + "$"))
          && target.getPackageName().concat(".").startsWith(targetPackagePrefix);
    }
  }
}
