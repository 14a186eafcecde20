package io.github.crmstrategy.rules.internal.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of the built-in DRL files, for packs compiled at run time. The build copies them to
 * {@link #FOLDER} because kie-maven-plugin removes the DRL it precompiles from the classes folder.
 */
public final class DefaultRuleSource {
  /** Class-path folder of the copies. */
  public static final String FOLDER = "/io/github/crmstrategy/rules/source/";

  /** The built-in DRL files. */
  public static final List<String> FILES =
      List.of("alignment.drl", "completeness.drl", "maturity.drl", "realism.drl");

  private DefaultRuleSource() {}

  /** File name to DRL text of every built-in file. */
  public static Map<String, String> texts() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : FILES) {
      try (InputStream in = DefaultRuleSource.class.getResourceAsStream(FOLDER + name)) {
        if (in == null) {
          throw new IllegalStateException("Missing built-in rule source " + FOLDER + name);
        }
        out.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
