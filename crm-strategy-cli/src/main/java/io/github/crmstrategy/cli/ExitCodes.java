package io.github.crmstrategy.cli;

/** The exit statuses of the command line, shared by all subcommands. */
public final class ExitCodes {
  /** Everything worked and every document is valid. */
  public static final int OK = 0;

  /** An unexpected internal error (a bug). */
  public static final int SOFTWARE = 1;

  /**
   * {@code assess --fail-on SEVERITY}: every document was assessed and a finding has that severity
   * or a higher one (for CI). Invalid documents take precedence ({@link #INVALID}).
   */
  public static final int FINDINGS = 1;

  /**
   * A document is invalid or cannot be read, or the command line itself is wrong (unknown option,
   * unknown sample, missing subcommand).
   */
  public static final int INVALID = 2;

  private ExitCodes() {}
}
