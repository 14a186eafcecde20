package io.github.crmstrategy.report;

import java.nio.file.Path;
import java.util.List;

/** A report theme folder that cannot be used, with each problem located by file and line. */
public final class ReportThemeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The theme's folder. */
  private final transient Path folder;

  /** Each problem, {@code FILE:LINE: message} or {@code FILE: message}. */
  private final List<String> problems;

  /** A theme at {@code folder} with {@code problems}. */
  public ReportThemeException(Path folder, List<String> problems) {
    super("report theme " + folder + ": " + String.join("; ", problems));
    this.folder = folder;
    this.problems = List.copyOf(problems);
  }

  /** The theme's folder. */
  public Path folder() {
    return folder;
  }

  /** Each problem, located. */
  public List<String> problems() {
    return problems;
  }
}
