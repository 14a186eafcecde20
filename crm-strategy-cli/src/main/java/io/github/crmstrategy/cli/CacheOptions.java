package io.github.crmstrategy.cli;

import io.github.crmstrategy.rules.CompiledRulesCache;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --no-cache} and {@code --cache-dir}: whether and where the commands that build a profile
 * keep its compiled rules (see {@link CompiledRulesCache}).
 */
final class CacheOptions {
  @Option(
      names = "--no-cache",
      description =
          "Compile the profile's own rules afresh, without reading or writing the compiled-rules"
              + " cache.")
  boolean noCache;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "Keep the compiled-rules cache in DIR/rules (default: $CRM_STRATEGY_CACHE_DIR, else"
              + " $XDG_CACHE_HOME/crm-strategy, else ~/.cache/crm-strategy).")
  Path directory;

  /** The cache to use, empty with {@code --no-cache}. */
  Optional<CompiledRulesCache> cache() {
    if (noCache) {
      return Optional.empty();
    }
    return Optional.of(
        directory == null ? CompiledRulesCache.userDefault() : CompiledRulesCache.at(directory));
  }

  /** The cache of these options whether or not {@code --no-cache} was given, for {@code clear}. */
  CompiledRulesCache location() {
    return directory == null ? CompiledRulesCache.userDefault() : CompiledRulesCache.at(directory);
  }
}
