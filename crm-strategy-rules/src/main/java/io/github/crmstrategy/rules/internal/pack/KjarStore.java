package io.github.crmstrategy.rules.internal.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.ProtectionDomain;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of compiled rule packs (kjar bytes), one file per key, written under a temporary name
 * and moved into place atomically so that a reader never sees part of an entry, and checked by a
 * SHA-256 checksum when read: an entry that does not match is deleted with a warning and rebuilt.
 *
 * <p>An entry file is {@code MAGIC}, the 32-byte SHA-256 of the payload, the payload length (8
 * bytes) and the payload. Two processes that build the same key write the same bytes; whichever
 * rename comes last wins, and both results are valid.
 *
 * <p>Entries are pruned by their last use (the file's modification time, set again on every read):
 * after each write, every entry unused for longer than {@link Retention#maxUnused()} and every
 * entry beyond the {@link Retention#maxEntries()} most recently used is deleted, with temporary
 * files older than an hour (left by a killed process). A process that finds its entry pruned
 * compiles again.
 */
public final class KjarStore {
  private static final Logger LOG = LoggerFactory.getLogger(KjarStore.class);
  private static final byte[] MAGIC = "CRMKJAR1".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER = MAGIC.length + 32 + 8;
  static final String SUFFIX = ".kjar";

  /** Changes whenever the entry format or what goes into a key changes. */
  private static final String FORMAT = "crm-strategy-compiled-rules/2";

  /** Temporary files older than this were left by a process that died while writing. */
  private static final Duration STALE_TEMPORARY = Duration.ofHours(1);

  /**
   * How many entries a store keeps, and for how long after their last use.
   *
   * @param maxEntries the most recently used entries kept (at least 1)
   * @param maxUnused how long an entry is kept after its last use
   */
  public record Retention(int maxEntries, Duration maxUnused) {
    /** The default: 20 entries, 30 days. */
    public static final Retention DEFAULT = new Retention(20, Duration.ofDays(30));

    /** Checks the bounds. */
    public Retention {
      if (maxEntries < 1) {
        throw new IllegalArgumentException("maxEntries must be at least 1, not " + maxEntries);
      }
      if (maxUnused.isNegative() || maxUnused.isZero()) {
        throw new IllegalArgumentException("maxUnused must be positive, not " + maxUnused);
      }
    }
  }

  private final Path directory;
  private final String libraryVersion;
  private final Retention retention;

  /**
   * A store in {@code directory} (created when first written), keyed with {@code libraryVersion},
   * pruned by {@code retention}.
   */
  public KjarStore(Path directory, String libraryVersion, Retention retention) {
    this.directory = directory;
    this.libraryVersion = libraryVersion;
    this.retention = retention;
  }

  /**
   * A store in {@code directory} (created when first written), keyed with {@code libraryVersion},
   * with the default retention.
   */
  public KjarStore(Path directory, String libraryVersion) {
    this(directory, libraryVersion, Retention.DEFAULT);
  }

  /** A store in {@code directory} keyed with this library's version (see {@link #version()}). */
  public KjarStore(Path directory) {
    this(directory, version());
  }

  /** How many entries the store keeps, and for how long. */
  public Retention retention() {
    return retention;
  }

  /** The folder of the entries. */
  public Path directory() {
    return directory;
  }

  /**
   * A key builder over the entry format and the library, Drools and Java versions; the compiler
   * adds its engine and its inputs.
   */
  public Key newKey() {
    Key key = new Key();
    key.add("format", FORMAT);
    key.add("library", libraryVersion);
    key.add("drools", droolsVersion());
    key.add("java", String.valueOf(Runtime.version().feature()));
    return key;
  }

  /**
   * The payload of entry {@code key}, or empty when there is none or it is corrupted (then deleted,
   * with a warning).
   */
  public Optional<byte[]> read(String key) {
    Path file = directory.resolve(key + SUFFIX);
    byte[] all;
    try {
      all = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      LOG.warn("Cannot read the compiled-rules cache entry {}: {}; rebuilding", file, e.toString());
      return Optional.empty();
    }
    Optional<byte[]> payload = payload(all);
    if (payload.isEmpty()) {
      discard(file, "its checksum does not match (a partial or damaged file)");
    } else {
      used(file);
    }
    return payload;
  }

  /** Marks {@code file} used now: its modification time is its last use, which pruning reads. */
  private static void used(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
    } catch (IOException e) {
      // A read-only cache still serves its entries; they are only pruned sooner.
      LOG.debug("Cannot mark {} used: {}", file, e.toString());
    }
  }

  /** Deletes entry {@code key}, for an entry that reads well but does not load. */
  public void discard(String key, String why) {
    discard(directory.resolve(key + SUFFIX), why);
  }

  private static void discard(Path file, String why) {
    LOG.warn("Discarding the compiled-rules cache entry {}: {}; rebuilding", file, why);
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Cannot delete {}: {}", file, e.toString());
    }
  }

  private static Optional<byte[]> payload(byte[] all) {
    if (all.length < HEADER || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      return Optional.empty();
    }
    ByteBuffer buffer = ByteBuffer.wrap(all);
    buffer.position(MAGIC.length);
    byte[] sum = new byte[32];
    buffer.get(sum);
    long length = buffer.getLong();
    if (length != all.length - HEADER) {
      return Optional.empty();
    }
    byte[] payload = Arrays.copyOfRange(all, HEADER, all.length);
    return MessageDigest.isEqual(sum, sha256().digest(payload))
        ? Optional.of(payload)
        : Optional.empty();
  }

  /**
   * Stores {@code payload} as entry {@code key}: written to a temporary file in the folder, then
   * moved over the entry atomically. Failures are logged, never thrown: the cache is an
   * optimisation.
   */
  public void write(String key, byte[] payload) {
    Path target = directory.resolve(key + SUFFIX);
    Path temp = directory.resolve(key + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.createDirectories(directory);
      ByteBuffer header = ByteBuffer.allocate(HEADER);
      header.put(MAGIC).put(sha256().digest(payload)).putLong(payload.length);
      byte[] out = new byte[HEADER + payload.length];
      System.arraycopy(header.array(), 0, out, 0, HEADER);
      System.arraycopy(payload, 0, out, HEADER, payload.length);
      Files.write(temp, out);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      LOG.debug("Stored compiled rules {} ({} bytes)", target, payload.length);
      prune();
    } catch (IOException | RuntimeException e) {
      LOG.warn("Cannot write the compiled-rules cache entry {}: {}", target, e.toString());
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // Left for clear().
      }
    }
  }

  /** Deletes every entry and temporary file of the folder; returns how many files were deleted. */
  public int clear() {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    int deleted = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        if ((name.endsWith(SUFFIX) || name.endsWith(".tmp")) && Files.deleteIfExists(f)) {
          deleted++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clear " + directory, e);
    }
    return deleted;
  }

  /**
   * Deletes the entries {@link #retention()} does not keep (unused for too long, or beyond the most
   * recently used) and temporary files older than an hour; returns how many files were deleted.
   * Failures are logged, never thrown.
   */
  public int prune() {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    record Entry(Path file, FileTime used) {}
    List<Entry> entries = new ArrayList<>();
    Instant now = Instant.now();
    int deleted = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        try {
          FileTime time = Files.getLastModifiedTime(f);
          if (name.endsWith(SUFFIX)) {
            entries.add(new Entry(f, time));
          } else if (name.endsWith(".tmp")
              && time.toInstant().isBefore(now.minus(STALE_TEMPORARY))
              && Files.deleteIfExists(f)) {
            deleted++;
          }
        } catch (IOException e) {
          // Gone meanwhile (another process pruned or renamed it).
        }
      }
    } catch (IOException e) {
      LOG.warn("Cannot prune the compiled-rules cache {}: {}", directory, e.toString());
      return deleted;
    }
    entries.sort(Comparator.comparing(Entry::used).reversed());
    Instant oldest = now.minus(retention.maxUnused());
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (i >= retention.maxEntries() || e.used().toInstant().isBefore(oldest)) {
        try {
          if (Files.deleteIfExists(e.file())) {
            deleted++;
            LOG.debug("Pruned compiled rules {} (last used {})", e.file(), e.used());
          }
        } catch (IOException ex) {
          LOG.debug("Cannot prune {}: {}", e.file(), ex.toString());
        }
      }
    }
    return deleted;
  }

  /** Total size in bytes of the entries in the folder. */
  public long bytes() {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    long total = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
      for (Path f : files) {
        try {
          total += Files.size(f);
        } catch (NoSuchFileException e) {
          // Pruned meanwhile.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + directory, e);
    }
    return total;
  }

  /** Number of entries in the folder. */
  public int size() {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    int n = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
      for (Path ignored : files) {
        n++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + directory, e);
    }
    return n;
  }

  /**
   * This library's version as it keys the cache: the version in the rules jar's Maven properties,
   * and, because a snapshot is rebuilt under one version, the size and modification time of the jar
   * (or of the classes folder in a development build).
   */
  public static String version() {
    return RuleCompilers.libraryVersion() + "@" + codeStamp();
  }

  private static String codeStamp() {
    try {
      ProtectionDomain domain = KjarStore.class.getProtectionDomain();
      if (domain.getCodeSource() == null || domain.getCodeSource().getLocation() == null) {
        return "?";
      }
      Path location = Path.of(domain.getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        Path self = location.resolve(KjarStore.class.getName().replace('.', '/') + ".class");
        location = Files.exists(self) ? self : location;
      }
      return Files.size(location) + ":" + Files.getLastModifiedTime(location).toMillis();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "?";
    }
  }

  private static String droolsVersion() {
    Package p = org.kie.api.KieServices.class.getPackage();
    String v = p == null ? null : p.getImplementationVersion();
    return v == null ? "unknown" : v;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** The key of an entry: a SHA-256 over named parts, each length-prefixed. */
  public static final class Key {
    private final MessageDigest digest = sha256();

    private Key() {}

    /** Adds part {@code name} with the UTF-8 bytes of {@code value}. */
    public Key add(String name, String value) {
      return add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds part {@code name} with {@code value}. */
    public Key add(String name, byte[] value) {
      byte[] n = name.getBytes(StandardCharsets.UTF_8);
      digest.update(ByteBuffer.allocate(4).putInt(n.length).array());
      digest.update(n);
      digest.update(ByteBuffer.allocate(8).putLong(value.length).array());
      digest.update(value);
      return this;
    }

    /** The key: the hexadecimal SHA-256 of the parts added. */
    public String value() {
      return HexFormat.of().formatHex(digest.digest());
    }
  }
}
