package io.github.crmstrategy.rules.compiler.internal;

import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.rules.internal.pack.AnalystRuleLint;
import io.github.crmstrategy.rules.internal.pack.DefaultRuleSource;
import io.github.crmstrategy.rules.internal.pack.KjarStore;
import io.github.crmstrategy.rules.internal.pack.RuleCompiler;
import io.github.crmstrategy.rules.profile.DecisionTableSource;
import io.github.crmstrategy.rules.profile.ProfileProblem;
import io.github.crmstrategy.rules.profile.RuleProfile;
import io.github.crmstrategy.rules.profile.RuleSource;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles a profile's own rules (DRL files, decision tables) together with the built-in DRL text
 * at run time, each build in a KieModule with its own ReleaseId (builds sharing one are cached and
 * shared across threads, apache/incubator-kie#6318). The rules module finds it through {@link
 * java.util.ServiceLoader} ({@code META-INF/services}); hosts never call it.
 */
public final class DroolsRuleCompiler implements RuleCompiler {
  private static final Logger LOG = LoggerFactory.getLogger(DroolsRuleCompiler.class);
  private static final AtomicLong BUILDS = new AtomicLong();
  private static final AtomicLong COMPILATIONS = new AtomicLong();
  private static final String RESOURCES = "src/main/resources/";

  /** The service, made by {@link java.util.ServiceLoader}. */
  public DroolsRuleCompiler() {}

  /**
   * Whether analysts' packs (system property {@code crmstrategy.rules.runtimeEngine}: {@code
   * classic} switches to the classic engine, for tests) are compiled to the executable model at run
   * time rather than by the classic engine. The classic engine fails on {@code str[startsWith]}
   * constraints after about 20 evaluations (apache/incubator-kie-drools#6711); the executable model
   * does not.
   */
  public static boolean executableModel() {
    return !"classic".equals(System.getProperty("crmstrategy.rules.runtimeEngine"));
  }

  /**
   * The built-in rules and the profile's own DRL files and decision tables compiled together, or
   * empty with the reasons added to {@code problems}: syntax errors of every file, compiler errors
   * located in the analyst's file, and metadata problems found by {@link AnalystRuleLint}.
   */
  @Override
  public Optional<KieBase> compile(
      RuleProfile profile,
      KieBase builtIn,
      Set<String> builtInIds,
      Map<String, String> aliases,
      List<ProfileProblem> problems,
      Optional<KjarStore> cache) {
    long start = System.nanoTime();
    KieServices ks = KieServices.get();
    Optional<String> key = cache.map(c -> key(c, profile));
    if (key.isPresent()) {
      Optional<KieBase> cached = load(cache.get(), key.get());
      if (cached.isPresent()) {
        int before = problems.size();
        AnalystRuleLint.check(
            cached.get(), builtIn, builtInIds, aliases, display(profile), profile, problems);
        if (problems.size() > before) {
          return Optional.empty();
        }
        LOG.info(
            "Loaded profile {} from the compiled-rules cache {} in {} ms",
            profile.name(),
            cache.get().directory(),
            (System.nanoTime() - start) / 1_000_000);
        return cached;
      }
    }
    long n = BUILDS.incrementAndGet();
    // Each build its own module id: builds sharing one are cached and shared
    // (apache/incubator-kie#6318).
    ReleaseId releaseId =
        ks.newReleaseId(
            "io.github.crmstrategy.runtime", "profile-" + n, "1.0.0-" + UUID.randomUUID());
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.generateAndWritePomXML(releaseId);
    KieModuleModel module = ks.newKieModuleModel();
    KieBaseModel kbase = module.newKieBaseModel("crm-strategy-profile").setDefault(true);
    kbase
        .newKieSessionModel("crm-strategy-profile-review")
        .setType(org.kie.api.builder.model.KieSessionModel.KieSessionType.STATELESS)
        .setDefault(true)
        .setClockType(ClockTypeOption.REALTIME);
    kfs.writeKModuleXML(module.toXML());

    Map<String, String> display = new HashMap<>();
    DefaultRuleSource.texts()
        .forEach(
            (name, text) -> {
              String path = RESOURCES + "io/github/crmstrategy/rules/defaults/" + name;
              kfs.write(path, text);
              display.put(path, "built-in " + name);
            });
    int i = 0;
    for (RuleSource drl : profile.drl()) {
      String path = RESOURCES + "analyst/f" + i++ + "/" + fileName(drl.name(), ".drl");
      kfs.write(path, drl.content());
      display.put(path, drl.name());
    }
    for (DecisionTableSource table : profile.decisionTables()) {
      String ext = extension(table);
      String path = RESOURCES + "analyst/f" + i++ + "/" + fileName(table.name(), ext);
      Resource r = ResourceFactory.newByteArrayResource(table.content()).setSourcePath(path);
      r.setResourceType(ResourceType.DTABLE);
      DecisionTableConfiguration conf = KnowledgeBuilderFactory.newDecisionTableConfiguration();
      conf.setInputType(table.csv() ? DecisionTableInputType.CSV : DecisionTableInputType.XLS);
      r.setConfiguration(conf);
      kfs.write(r);
      display.put(path, table.name());
    }

    // Syntax first, file by file, so that every file's errors are reported (the build stops at the
    // first file that does not parse).
    int syntax = problems.size();
    for (RuleSource drl : profile.drl()) {
      org.drools.drl.parser.DrlParser parser = new org.drools.drl.parser.DrlParser();
      try {
        parser.parse(false, drl.content());
      } catch (org.drools.drl.parser.DroolsParserException e) {
        problems.add(ProfileProblem.in(drl.name(), e.getMessage()));
      }
      for (org.drools.drl.parser.DroolsError error : parser.getErrors()) {
        if (error instanceof org.drools.drl.parser.ParserError pe) {
          problems.add(
              ProfileProblem.at(
                  new SourceLocation(drl.name(), pe.getRow(), pe.getCol()),
                  clean(pe.getMessage())));
        } else if (!error.getMessage().contains("Parser returned a null Package")) {
          problems.add(ProfileProblem.in(drl.name(), clean(error.getMessage())));
        }
      }
    }
    if (problems.size() > syntax) {
      return Optional.empty();
    }

    KieBuilder builder = ks.newKieBuilder(kfs);
    COMPILATIONS.incrementAndGet();
    try {
      if (executableModel()) {
        builder.buildAll(ExecutableModelProject.class);
      } else {
        builder.buildAll();
      }
    } catch (RuntimeException e) {
      problems.add(ProfileProblem.in(profile.name(), "cannot compile the rules: " + e));
      return Optional.empty();
    }
    int before = problems.size();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      if (m.getText().contains("Parser returned a null Package")) {
        continue;
      }
      String file = m.getPath() == null ? "" : AnalystRuleLint.displayOf(m.getPath(), display);
      int line = m.getLine();
      int column = m.getColumn();
      java.util.regex.Matcher lc = LINE_COLUMN.matcher(m.getText());
      if (lc.find()) {
        line = Integer.parseInt(lc.group(1));
        column = Integer.parseInt(lc.group(2));
      }
      problems.add(
          file.isEmpty()
              ? ProfileProblem.in(profile.name(), clean(m.getText()))
              : line > 0
                  ? ProfileProblem.at(new SourceLocation(file, line, column), clean(m.getText()))
                  : ProfileProblem.in(file, clean(m.getText())));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    KieContainer container = ks.newKieContainer(releaseId);
    KieBase kieBase = container.getKieBase();
    // The container keeps its module; the repository need not (reloading profiles must not leak).
    ks.getRepository().removeKieModule(releaseId);

    AnalystRuleLint.check(kieBase, builtIn, builtInIds, aliases, display, profile, problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    if (key.isPresent()) {
      cache.get().write(key.get(), ((InternalKieModule) builder.getKieModule()).getBytes());
    }
    LOG.info(
        "Compiled profile {} at run time ({}) in {} ms",
        profile.name(),
        executableModel() ? "executable model" : "classic engine",
        (System.nanoTime() - start) / 1_000_000);
    return Optional.of(kieBase);
  }

  /** How many packs this class loader compiled (not taken from a cache), for tests. */
  public static long compilations() {
    return COMPILATIONS.get();
  }

  /**
   * The cache key of {@code profile}'s pack: the store's versions, the built-in DRL text and the
   * name and content of every DRL file and decision table of the profile, in order.
   */
  public static String key(KjarStore store, RuleProfile profile) {
    KjarStore.Key key = store.newKey();
    key.add("engine", executableModel() ? "executable-model" : "classic");
    DefaultRuleSource.texts().forEach((name, text) -> key.add("built-in " + name, text));
    for (RuleSource drl : profile.drl()) {
      key.add("drl name", drl.name()).add("drl", drl.content());
    }
    for (DecisionTableSource table : profile.decisionTables()) {
      key.add("table name", table.name())
          .add("table format", table.csv() ? "csv" : "xls")
          .add("table", table.content());
    }
    return key.value();
  }

  /**
   * The pack of entry {@code key} re-loaded from its kjar bytes (the executable model's generated
   * classes are in it), or empty when there is no usable entry (a corrupted one is discarded).
   */
  private static Optional<KieBase> load(KjarStore store, String key) {
    Optional<byte[]> bytes = store.read(key);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    KieServices ks = KieServices.get();
    // One load at a time: the module's ReleaseId is the one it was built with, and two modules
    // with one id in the repository at once would share their KieBase (apache/incubator-kie#6318).
    synchronized (LOADING) {
      ReleaseId releaseId = null;
      try {
        KieModule module =
            ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(bytes.get()));
        releaseId = module.getReleaseId();
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        return Optional.of(kieBase);
      } catch (RuntimeException | LinkageError e) {
        store.discard(key, "it does not load (" + e + ")");
        return Optional.empty();
      } finally {
        if (releaseId != null) {
          ks.getRepository().removeKieModule(releaseId);
        }
      }
    }
  }

  private static final Object LOADING = new Object();

  /** The display names of the profile's files by their path in the module, for the lint. */
  private static Map<String, String> display(RuleProfile profile) {
    Map<String, String> display = new HashMap<>();
    DefaultRuleSource.texts()
        .keySet()
        .forEach(
            name ->
                display.put(
                    RESOURCES + "io/github/crmstrategy/rules/defaults/" + name,
                    "built-in " + name));
    int i = 0;
    for (RuleSource drl : profile.drl()) {
      display.put(RESOURCES + "analyst/f" + i++ + "/" + fileName(drl.name(), ".drl"), drl.name());
    }
    for (DecisionTableSource table : profile.decisionTables()) {
      display.put(
          RESOURCES + "analyst/f" + i++ + "/" + fileName(table.name(), extension(table)),
          table.name());
    }
    return display;
  }

  private static String extension(DecisionTableSource table) {
    return table.csv()
        ? ".csv"
        : table.name().toLowerCase(Locale.ROOT).endsWith(".xls") ? ".xls" : ".xlsx";
  }

  private static final java.util.regex.Pattern LINE_COLUMN =
      java.util.regex.Pattern.compile("\\bLine (\\d+):(\\d+)\\b");

  /** A compiler message on one line, without the Drools error code and line prefix. */
  private static String clean(String text) {
    return text.strip()
        .replaceAll("\\s*\\R\\s*", " ")
        .replaceFirst("^\\[ERR \\d+\\]\\s*", "")
        .replaceFirst("^Line \\d+:\\d+\\s*", "");
  }

  private static String fileName(String name, String ext) {
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    return base.endsWith(ext) ? base : base + ext;
  }
}
