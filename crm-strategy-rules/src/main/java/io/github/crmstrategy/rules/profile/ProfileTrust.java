package io.github.crmstrategy.rules.profile;

/**
 * How far a host trusts a rule profile, which decides what the profile may contain. An analyst's
 * DRL is Java code: its conditions and actions run inside the host with the host's rights (they can
 * read files, open sockets, call {@code System.exit}). A host that lets its own users upload
 * profiles must read them as {@link #UNTRUSTED}.
 *
 * <table>
 *   <caption>What each mode allows</caption>
 *   <tr><th></th><th>{@link #TRUSTED}</th><th>{@link #UNTRUSTED}</th></tr>
 *   <tr><td>rule settings, parameters, data tables, suppressions, {@code limits}</td>
 *       <td>yes</td><td>yes; {@code limits} may only tighten the defaults</td></tr>
 *   <tr><td>{@code drl}, {@code decisionTables} (code)</td><td>yes</td><td>refused</td></tr>
 *   <tr><td>files named by the profile ({@code extends}, data tables)</td>
 *       <td>anywhere the host can read</td>
 *       <td>only in the profile's own folder and below (links followed to where they point), and
 *       at most {@value #MAX_UNTRUSTED_FILES} files</td></tr>
 *   <tr><td>size</td><td>the plan documents' limits</td>
 *       <td>at most {@value #MAX_UNTRUSTED_FILE_BYTES} bytes per file, {@value
 *       #MAX_UNTRUSTED_ENTRIES} rule settings, parameters, suppressions or table rows each</td></tr>
 * </table>
 *
 * <p>Whatever an untrusted profile holds beyond that is refused with its location ({@code
 * profile.yaml:9:1: an untrusted profile may not add rules of its own ...}), and nothing is built.
 */
public enum ProfileTrust {
  /**
   * The profile comes from the host's own people (its repository, its administrators): everything a
   * profile can hold, analysts' DRL and decision tables included.
   */
  TRUSTED,

  /**
   * The profile comes from users the host does not trust with code: data only (rule settings,
   * parameters, data tables, suppressions, tighter limits), its files confined to its folder, its
   * sizes capped.
   */
  UNTRUSTED;

  /** Largest file an untrusted profile may name (the profile itself, an extended one, a table). */
  public static final int MAX_UNTRUSTED_FILE_BYTES = 256 * 1024;

  /** Most files an untrusted profile may read, itself and everything it extends or names. */
  public static final int MAX_UNTRUSTED_FILES = 16;

  /**
   * Most entries of each kind an untrusted profile may hold: rule settings, parameters,
   * suppressions, rows of one data table.
   */
  public static final int MAX_UNTRUSTED_ENTRIES = 1_000;

  /** Longest suppression path pattern of an untrusted profile, in characters. */
  public static final int MAX_UNTRUSTED_PATTERN_LENGTH = 500;
}
