package io.github.crmstrategy.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Waits until the content of a set of files changes, for the {@code --watch} options: a {@link
 * WatchService} on the folders that hold them wakes it at once (inotify on Linux), and it also
 * compares the files every {@link #POLL_MS} ms, so that it works where the watch service is slow or
 * missing (network drives, some container file systems). Events are debounced: it waits until the
 * folders have been quiet for {@link #QUIET_MS} ms, so that an editor's write-rename-touch sequence
 * is one change. A change is a change of content (size and CRC-32 of each file, or of the set of
 * files in a folder): saving a file unchanged does not re-run anything.
 */
final class FileWatcher implements AutoCloseable {
  static final long POLL_MS = 500;
  static final long QUIET_MS = 40;

  private final WatchService service;
  private final Set<Path> registered = new HashSet<>();
  private final Predicate<Path> relevant;

  /** A watcher of the files under folders that {@code relevant} accepts. */
  FileWatcher(Predicate<Path> relevant) {
    this.relevant = relevant;
    WatchService s;
    try {
      s = FileSystems.getDefault().newWatchService();
    } catch (IOException | UnsupportedOperationException e) {
      s = null;
    }
    this.service = s;
  }

  /**
   * The content fingerprint of {@code roots}: each file by path, and each regular file that {@code
   * relevant} accepts below each folder; a missing path counts as a distinct state.
   */
  Map<Path, Long> fingerprint(Collection<Path> roots) {
    return fingerprint(roots, relevant);
  }

  /** As {@link #fingerprint(Collection)}, with the files {@code relevant} accepts. */
  static Map<Path, Long> fingerprint(Collection<Path> roots, Predicate<Path> relevant) {
    Map<Path, Long> out = new TreeMap<>();
    for (Path root : roots) {
      Path p = root.toAbsolutePath().normalize();
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(relevant).forEach(f -> out.put(f, sum(f)));
        } catch (IOException | java.io.UncheckedIOException e) {
          out.put(p, -2L);
        }
      } else {
        out.put(p, sum(p));
      }
    }
    return out;
  }

  private static long sum(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      CRC32 crc = new CRC32();
      crc.update(bytes);
      return crc.getValue() ^ ((long) bytes.length << 32);
    } catch (NoSuchFileException e) {
      return -1L;
    } catch (IOException e) {
      return -2L;
    }
  }

  /**
   * Blocks until the fingerprint of {@code roots()} (asked again at each wake-up, as the set may
   * change) differs from {@code last}, and returns the new one.
   *
   * @throws InterruptedException when the thread is interrupted or the watcher closed (Ctrl-C)
   */
  Map<Path, Long> awaitChange(Supplier<Collection<Path>> roots, Map<Path, Long> last)
      throws InterruptedException {
    while (true) {
      Collection<Path> now = roots.get();
      register(now);
      if (wake()) {
        // Debounce: wait for a quiet spell before reading the files.
        while (wakeWithin(QUIET_MS)) {
          // keep draining
        }
      }
      Map<Path, Long> current = fingerprint(roots.get());
      if (!current.equals(last)) {
        return current;
      }
    }
  }

  /** Whether an event arrived before the poll interval ran out. */
  private boolean wake() throws InterruptedException {
    if (service == null) {
      Thread.sleep(POLL_MS);
      return false;
    }
    return wakeWithin(POLL_MS);
  }

  private boolean wakeWithin(long ms) throws InterruptedException {
    if (service == null) {
      return false;
    }
    WatchKey key;
    try {
      key = service.poll(ms, TimeUnit.MILLISECONDS);
    } catch (ClosedWatchServiceException e) {
      throw new InterruptedException("closed");
    }
    if (key == null) {
      return false;
    }
    key.pollEvents();
    if (!key.reset()) {
      // The folder went away; register it again when it comes back.
      registered.remove((Path) key.watchable());
    }
    return true;
  }

  private void register(Collection<Path> roots) {
    if (service == null) {
      return;
    }
    for (Path root : roots) {
      Path p = root.toAbsolutePath().normalize();
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isDirectory).forEach(this::registerFolder);
        } catch (IOException | java.io.UncheckedIOException e) {
          // Polled instead.
        }
      } else if (p.getParent() != null) {
        registerFolder(p.getParent());
      }
    }
  }

  private void registerFolder(Path folder) {
    if (registered.contains(folder) || !Files.isDirectory(folder)) {
      return;
    }
    try {
      folder.register(
          service,
          StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
      registered.add(folder);
    } catch (IOException | ClosedWatchServiceException e) {
      // Polled instead.
    }
  }

  @Override
  public void close() {
    if (service != null) {
      try {
        service.close();
      } catch (IOException e) {
        // Closing on the way out.
      }
    }
  }
}
