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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.ProtectionDomain;
import java.util.Arrays;
import java.util.HexFormat;
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
 */
public final class KjarStore {
  private static final Logger LOG = LoggerFactory.getLogger(KjarStore.class);
  private static final byte[] MAGIC = "CRMKJAR1".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER = MAGIC.length + 32 + 8;
  static final String SUFFIX = ".kjar";

  /** Changes whenever the entry format or what goes into a key changes. */
  private static final String FORMAT = "crm-strategy-compiled-rules/1";

  private final Path directory;
  private final String libraryVersion;

  /**
   * A store in {@code directory} (created when first written), keyed with {@code libraryVersion}.
   */
  public KjarStore(Path directory, String libraryVersion) {
    this.directory = directory;
    this.libraryVersion = libraryVersion;
  }

  /** A store in {@code directory} keyed with this library's version (see {@link #version()}). */
  public KjarStore(Path directory) {
    this(directory, version());
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
    }
    return payload;
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
