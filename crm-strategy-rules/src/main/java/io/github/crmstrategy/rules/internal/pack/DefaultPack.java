package io.github.crmstrategy.rules.internal.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.modelcompiler.KiePackagesBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.conf.EqualityBehaviorOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in pack: the executable model precompiled at build time, loaded once.
 *
 * <p>The KieBase is built straight from the generated model classes that kie-maven-plugin lists in
 * {@link #MODEL_LIST}, not through a classpath {@code KieContainer}: the container scans the whole
 * class path for {@code kmodule.xml} files and parses them before it builds the same KieBase, which
 * took about a third of a cold start. {@code META-INF/kmodule.xml} stays for hosts that load the
 * pack through a {@code KieContainer}; {@link #newKieBase()} uses the options it declares for
 * {@link #KBASE} (see {@code DirectKieBaseTest}).
 */
public final class DefaultPack {
  /** Name of the default kbase in {@code META-INF/kmodule.xml}. */
  public static final String KBASE = "crm-strategy-default";

  /** The Java package of the default rules: the kbase's {@code packages} in the kmodule. */
  public static final String PACKAGE = "io.github.crmstrategy.rules.defaults";

  /**
   * The class-path resource in which kie-maven-plugin ({@code generateModel=YES}) lists the
   * generated model classes, one per line after a {@code Drools-Model-Version:} header. Its folder
   * is the module's group and artifact id.
   */
  public static final String MODEL_LIST =
      "META-INF/kie/io.github.crmstrategy/crm-strategy-rules/drools-model";

  private static final String MODEL_VERSION_HEADER = "Drools-Model-Version:";

  private static final Logger LOG = LoggerFactory.getLogger(DefaultPack.class);

  private DefaultPack() {}

  private static final class Holder {
    static final KieBase KIE_BASE = load();
  }

  /**
   * The shared KieBase of the default pack, built once per class loader. Never change it (remove
   * rules, add packages): use {@link #newKieBase()} for a private copy.
   */
  public static KieBase kieBase() {
    return Holder.KIE_BASE;
  }

  /**
   * A new, independent KieBase of the default pack, built from the precompiled model classes (no
   * rule compilation, no class-path scan). Each call builds a fresh Rete network; callers that may
   * change it (remove rules) get a private copy.
   *
   * @throws IllegalStateException when the model list or a model class is missing (the rules module
   *     was built without kie-maven-plugin's executable model)
   */
  public static KieBase newKieBase() {
    return newKieBase(List.of(), DefaultPack.class.getClassLoader());
  }

  /**
   * A new KieBase of the default pack and {@code extra} models (an analyst's rules compiled to the
   * executable model at run time), in one Rete network, with {@code loader} (which must see the
   * built-in model classes and the extra models' classes) as its class loader. The built-in rules
   * are taken from their precompiled classes, never compiled again.
   */
  public static KieBase newKieBase(List<Model> extra, ClassLoader loader) {
    KieServices ks = KieServices.get();
    // The kbase as META-INF/kmodule.xml declares it (no equalsBehavior attribute: identity).
    KieBaseModel kbase =
        ks.newKieModuleModel()
            .newKieBaseModel(KBASE)
            .addPackage(PACKAGE)
            .setEqualsBehavior(EqualityBehaviorOption.IDENTITY);
    // The options a KieContainer takes from the kbase model (CanonicalKieModule does the same).
    KieBaseConfiguration conf = ks.newKieBaseConfiguration(null, loader);
    conf.setOption(kbase.getEqualsBehavior());
    conf.setOption(kbase.getEventProcessingMode());
    conf.setOption(kbase.getDeclarativeAgenda());
    conf.setOption(kbase.getSequential());
    conf.setOption(kbase.getMutability());
    KiePackagesBuilder packages = new KiePackagesBuilder(conf);
    // New model instances for every KieBase: nothing of one build is shared with another.
    models(DefaultPack.class.getClassLoader()).forEach(packages::addModel);
    extra.forEach(packages::addModel);
    return new KieBaseBuilder(kbase, conf).createKieBase(packages.build());
  }

  private static final class Rules {
    static final List<org.drools.model.Rule> RULES =
        models(DefaultPack.class.getClassLoader()).stream()
            .flatMap(m -> m.getRules().stream())
            .toList();
    static final Set<String> KEYS =
        RULES.stream()
            .map(r -> key(r.getPackage(), r.getName()))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    static final Set<String> IDS =
        java.util.Collections.unmodifiableSortedSet(
            RULES.stream()
                .filter(r -> r.getMetaData().containsKey("id"))
                .map(r -> RuleMetadata.id(r.getMetaData()))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
  }

  /**
   * The built-in rules by package and name ({@code package/name}, see {@link #key}), read from the
   * precompiled model without building a KieBase: a pack built from a profile holds these and the
   * analyst's own.
   */
  public static Set<String> ruleKeys() {
    return Rules.KEYS;
  }

  /** The ids of the built-in reporting rules, sorted, read from the precompiled model. */
  public static Set<String> ruleIds() {
    return Rules.IDS;
  }

  /** A rule's identity within a KieBase: {@code package/name}. */
  public static String key(String packageName, String ruleName) {
    return packageName + "/" + ruleName;
  }

  /** The generated models of {@link #PACKAGE} listed in {@link #MODEL_LIST}, instantiated. */
  static List<Model> models(ClassLoader loader) {
    List<Model> models = new ArrayList<>();
    for (String className : modelClassNames(loader)) {
      Model model;
      try {
        model =
            (Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException | ClassCastException e) {
        throw new IllegalStateException(
            "Cannot load the default rules' model class " + className + " listed in " + MODEL_LIST,
            e);
      }
      if (PACKAGE.equals(model.getPackageName())) {
        models.add(model);
      }
    }
    if (models.isEmpty()) {
      throw new IllegalStateException(
          MODEL_LIST + " lists no model of package " + PACKAGE + ": rebuild crm-strategy-rules");
    }
    return models;
  }

  /** The model class names listed in {@link #MODEL_LIST}. */
  static List<String> modelClassNames(ClassLoader loader) {
    String text;
    try (InputStream in = loader.getResourceAsStream(MODEL_LIST)) {
      if (in == null) {
        throw new IllegalStateException(
            "Missing class-path resource "
                + MODEL_LIST
                + ": crm-strategy-rules was built without the precompiled executable model"
                + " (kie-maven-plugin, generateModel=YES)");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + MODEL_LIST, e);
    }
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty() || !lines.get(0).startsWith(MODEL_VERSION_HEADER)) {
      throw new IllegalStateException(
          "Malformed " + MODEL_LIST + ": no " + MODEL_VERSION_HEADER + " header");
    }
    return lines.subList(1, lines.size());
  }

  private static KieBase load() {
    long start = System.nanoTime();
    KieBase kieBase = newKieBase();
    LOG.debug("Built the KieBase of {} in {} ms", KBASE, (System.nanoTime() - start) / 1_000_000);
    return kieBase;
  }
}
