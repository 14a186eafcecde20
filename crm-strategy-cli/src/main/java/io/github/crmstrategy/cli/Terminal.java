package io.github.crmstrategy.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether the standard streams are terminals. Java 17 cannot ask about one stream, so on Linux the
 * link {@code /proc/self/fd/N} is read (a terminal is {@code /dev/pts/*} or {@code /dev/tty*});
 * elsewhere {@code System.console() != null} (both standard input and output are a terminal) is the
 * answer for both streams.
 */
final class Terminal {
  private Terminal() {}

  /** Whether standard output is a terminal. */
  static boolean stdoutIsTerminal() {
    return isTerminal(1);
  }

  /** Whether standard error is a terminal. */
  static boolean stderrIsTerminal() {
    return isTerminal(2);
  }

  /** Whether colour is wanted: {@code NO_COLOR} unset and {@code TERM} not {@code dumb}. */
  static boolean colourAllowed() {
    String noColor = System.getenv("NO_COLOR");
    String term = System.getenv("TERM");
    return (noColor == null || noColor.isEmpty())
        && !"dumb".equals(term == null ? "" : term.toLowerCase(Locale.ROOT));
  }

  private static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (Exception e) {
      // fall through: /proc not readable
    }
    return System.console() != null; // not Linux: both standard input and output are a terminal
  }
}
