package io.github.crmstrategy.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error for batch reviews: drawn only when enabled (standard error is a
 * terminal) and once the batch has taken longer than {@link #DELAY_NANOS}, so short runs and
 * redirected output never see it.
 */
final class Progress {
  static final long DELAY_NANOS = 1_000_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private final int total;
  private final long start = System.nanoTime();
  private boolean drawn;

  Progress(PrintWriter err, boolean enabled, int total) {
    this.err = err;
    this.enabled = enabled && total > 1;
    this.total = total;
  }

  /** Shows that {@code done} of the documents are reviewed, the current one named {@code name}. */
  void update(int done, String name) {
    if (!enabled || System.nanoTime() - start < DELAY_NANOS) {
      return;
    }
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    String shown = name.length() > 40 ? "…" + name.substring(name.length() - 39) : name;
    err.print(
        "\r\u001b[K["
            + "#".repeat(filled)
            + " ".repeat(WIDTH - filled)
            + "] "
            + done
            + "/"
            + total
            + " "
            + shown);
    err.flush();
    drawn = true;
  }

  /** Removes the bar (before other output and at the end). */
  void clear() {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
      drawn = false;
    }
  }
}
