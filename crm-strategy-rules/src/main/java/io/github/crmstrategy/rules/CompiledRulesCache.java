package io.github.crmstrategy.rules;

import io.github.crmstrategy.rules.internal.pack.KjarStore;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the packs compiled from profiles with rules of their own (DRL files, decision tables) are
 * kept between runs, so that a profile whose files have not changed starts as fast as the built-in
 * pack instead of compiling its rules again.
 *
 * <p>An entry is keyed by the content of every input (the built-in rules, and the name and content
 * of each of the profile's DRL files and decision tables) and by the versions of this library, of
 * Drools and of Java: it is reused when nothing changed and rebuilt when anything did. Settings,
 * parameters, tables and suppressions are not compiled and are never cached. Entries are written
 * under a temporary name and moved into place, so processes and threads may share a cache; an entry
 * whose checksum does not match is logged, deleted and rebuilt. Deleting the folder is always safe.
 *
 * <p>Hosts get no cache unless they ask for one ({@code Reviewer.fromProfile(path, cache)}): a
 * library should not write to the user's home unasked, and a host that keeps its reviewer compiles
 * once anyway. The command line uses {@link #userDefault()}.
 *
 * <pre>{@code
 * Reviewer reviewer = Reviewer.fromProfile(Path.of("profile.yaml"), CompiledRulesCache.userDefault());
 * }</pre>
 */
public final class CompiledRulesCache {
  /** System property naming the cache root folder; takes precedence over {@link #DIRECTORY_ENV}. */
  public static final String DIRECTORY_PROPERTY = "crmstrategy.cache.dir";

  /**
   * Environment variable naming the cache root folder (shared with the launcher's start-up cache).
   */
  public static final String DIRECTORY_ENV = "CRM_STRATEGY_CACHE_DIR";

  private final KjarStore store;

  private CompiledRulesCache(KjarStore store) {
    this.store = store;
  }

  /** A cache whose entries are in {@code root/rules}. */
  public static CompiledRulesCache at(Path root) {
    return new CompiledRulesCache(
        new KjarStore(Objects.requireNonNull(root, "root").resolve("rules")));
  }

  /** The cache in {@link #defaultRoot()}. */
  public static CompiledRulesCache userDefault() {
    return at(defaultRoot());
  }

  /**
   * The user's cache root: system property {@value #DIRECTORY_PROPERTY}, else environment variable
   * {@value #DIRECTORY_ENV}, else {@code $XDG_CACHE_HOME/crm-strategy}, else {@code
   * ~/.cache/crm-strategy}.
   */
  public static Path defaultRoot() {
    return nonBlank(System.getProperty(DIRECTORY_PROPERTY))
        .or(() -> nonBlank(System.getenv(DIRECTORY_ENV)))
        .map(Path::of)
        .or(() -> nonBlank(System.getenv("XDG_CACHE_HOME")).map(x -> Path.of(x, "crm-strategy")))
        .orElseGet(() -> Path.of(System.getProperty("user.home"), ".cache", "crm-strategy"))
        .toAbsolutePath();
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }

  /** The folder of the entries. */
  public Path directory() {
    return store.directory();
  }

  /** Number of compiled packs in the cache. */
  public int size() {
    return store.size();
  }

  /**
   * Deletes every entry (and any temporary file a killed process left); returns how many files were
   * deleted.
   *
   * @throws java.io.UncheckedIOException when the folder cannot be read
   */
  public int clear() {
    return store.clear();
  }

  /** The store, for the rule builder; not part of the API. */
  KjarStore store() {
    return store;
  }

  @Override
  public String toString() {
    return "CompiledRulesCache[" + directory() + "]";
  }
}
