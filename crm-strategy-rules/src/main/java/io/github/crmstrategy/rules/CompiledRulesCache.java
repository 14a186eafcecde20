package io.github.crmstrategy.rules;

import io.github.crmstrategy.rules.internal.pack.KjarStore;
import java.nio.file.Path;
import java.time.Duration;
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
 * parameters, tables and suppressions are not compiled and are never cached. An entry holds the
 * profile's own rules only (a few dozen classes): the built-in rules are always taken from their
 * precompiled classes. Entries are written under a temporary name and moved into place, so
 * processes and threads may share a cache; an entry whose checksum does not match is logged,
 * deleted and rebuilt. Deleting the folder is always safe.
 *
 * <p>The cache prunes itself: after each new entry it deletes the entries not used for {@value
 * #DEFAULT_MAX_UNUSED_DAYS} days and those beyond the {@value #DEFAULT_MAX_ENTRIES} most recently
 * used (a read counts as a use), so an analyst who edits rules for months does not fill the disk.
 * {@link #withRetention} changes both bounds.
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

  /** The compiled packs a cache keeps by default: the most recently used ones. */
  public static final int DEFAULT_MAX_ENTRIES = 20;

  /** How long a cache keeps a compiled pack after its last use by default, in days. */
  public static final int DEFAULT_MAX_UNUSED_DAYS = 30;

  private final KjarStore store;

  private CompiledRulesCache(KjarStore store) {
    this.store = store;
  }

  /** A cache whose entries are in {@code root/rules}, with the default retention. */
  public static CompiledRulesCache at(Path root) {
    return new CompiledRulesCache(
        new KjarStore(
            Objects.requireNonNull(root, "root").resolve("rules"),
            KjarStore.version(),
            new KjarStore.Retention(
                DEFAULT_MAX_ENTRIES, Duration.ofDays(DEFAULT_MAX_UNUSED_DAYS))));
  }

  /**
   * This cache keeping at most {@code maxEntries} compiled packs (the most recently used) and none
   * unused for longer than {@code maxUnused}.
   *
   * @throws IllegalArgumentException when {@code maxEntries} is below 1 or {@code maxUnused} is not
   *     positive
   */
  public CompiledRulesCache withRetention(int maxEntries, Duration maxUnused) {
    return new CompiledRulesCache(
        new KjarStore(
            store.directory(),
            KjarStore.version(),
            new KjarStore.Retention(maxEntries, Objects.requireNonNull(maxUnused, "maxUnused"))));
  }

  /** The most compiled packs this cache keeps. */
  public int maxEntries() {
    return store.retention().maxEntries();
  }

  /** How long this cache keeps a compiled pack after its last use. */
  public Duration maxUnused() {
    return store.retention().maxUnused();
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

  /** Total size in bytes of the compiled packs in the cache. */
  public long bytes() {
    return store.bytes();
  }

  /**
   * Deletes now what the retention does not keep (done after every new entry anyway); returns how
   * many files were deleted.
   */
  public int prune() {
    return store.prune();
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
