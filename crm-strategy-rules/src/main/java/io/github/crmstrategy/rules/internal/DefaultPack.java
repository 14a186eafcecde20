package io.github.crmstrategy.rules.internal;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The built-in pack: the precompiled executable model on the classpath, loaded once. */
public final class DefaultPack {
  /** Name of the default kbase in {@code META-INF/kmodule.xml}. */
  public static final String KBASE = "crm-strategy-default";

  private static final Logger LOG = LoggerFactory.getLogger(DefaultPack.class);

  private DefaultPack() {}

  private static final class Holder {
    static final ReviewEngine ENGINE = load();
  }

  /** The shared engine of the default pack. */
  public static ReviewEngine engine() {
    return Holder.ENGINE;
  }

  private static ReviewEngine load() {
    long start = System.nanoTime();
    KieContainer container =
        KieServices.get().newKieClasspathContainer(DefaultPack.class.getClassLoader());
    KieBase kieBase = container.getKieBase(KBASE);
    ReviewEngine engine = new ReviewEngine(kieBase, RuleData.defaults());
    LOG.debug(
        "Loaded rule pack {} ({} rules) in {} ms",
        KBASE,
        engine.rules().size(),
        (System.nanoTime() - start) / 1_000_000);
    return engine;
  }
}
