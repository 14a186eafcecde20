package io.github.crmstrategy.rules.internal.pack;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the {@link RuleCompiler} of the optional module {@value #MODULE} on the class path, once
 * per class loader.
 */
public final class RuleCompilers {
  /** The Maven coordinates (group and artifact id) of the module that compiles analysts' rules. */
  public static final String MODULE = "io.github.crmstrategy:crm-strategy-rules-compiler";

  private static final Logger LOG = LoggerFactory.getLogger(RuleCompilers.class);

  private RuleCompilers() {}

  private static final class Holder {
    static final Optional<RuleCompiler> COMPILER = load();
  }

  /** The compiler, or empty when {@value #MODULE} is not on the class path. */
  public static Optional<RuleCompiler> find() {
    return Holder.COMPILER;
  }

  /**
   * {@value #MODULE} with this library's version ({@code
   * io.github.crmstrategy:crm-strategy-rules-compiler:0.1.0}), for messages that ask to add it; "at
   * the version of crm-strategy-rules" when the version is unknown (a development build).
   */
  public static String coordinates() {
    String version = libraryVersion();
    return version.equals("unknown")
        ? MODULE + " at the version of crm-strategy-rules"
        : MODULE + ":" + version;
  }

  /** This library's version, from the rules jar's Maven properties ({@code unknown} without). */
  static String libraryVersion() {
    try (InputStream in =
        RuleCompilers.class.getResourceAsStream(
            "/META-INF/maven/io.github.crmstrategy/crm-strategy-rules/pom.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version", "unknown");
      }
    } catch (IOException e) {
      LOG.debug("No version of the rules module: {}", e.toString());
    }
    return "unknown";
  }

  private static Optional<RuleCompiler> load() {
    // The rules' own class loader first (a flat class path, a shaded jar), then the thread's (an
    // application server that loads the library and the compiler module apart).
    Optional<RuleCompiler> compiler =
        ServiceLoader.load(RuleCompiler.class, RuleCompiler.class.getClassLoader()).findFirst();
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (compiler.isEmpty() && context != null) {
      compiler = ServiceLoader.load(RuleCompiler.class, context).findFirst();
    }
    LOG.debug(
        "Rule compiler: {}",
        compiler.map(c -> c.getClass().getName()).orElse("none (" + MODULE + " is missing)"));
    return compiler;
  }
}
