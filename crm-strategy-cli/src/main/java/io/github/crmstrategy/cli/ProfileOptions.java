package io.github.crmstrategy.cli;

import io.github.crmstrategy.rules.CompiledRulesCache;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.profile.ProfileProblem;
import io.github.crmstrategy.rules.profile.ProfileTrust;
import io.github.crmstrategy.rules.profile.RuleProfileException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Builds the reviewer of a {@code --profile} option, printing located problems when it fails. */
final class ProfileOptions {
  private ProfileOptions() {}

  /**
   * The reviewer of {@code profile}, or the built-in one when it is null; empty (problems printed
   * on {@code err}, one {@code file:line:column: message} per line) when the profile is broken. An
   * {@code untrusted} profile is read as data only (no DRL or decision tables, files only from its
   * folder, sizes capped) and has nothing to compile; a trusted one takes its compiled rules from
   * {@code cache} when it is on.
   */
  static Optional<Reviewer> reviewer(
      Path profile, boolean untrusted, CacheOptions cache, PrintWriter err) {
    if (profile == null) {
      return Optional.of(AssessCommand.reviewer());
    }
    try {
      Optional<CompiledRulesCache> compiled = untrusted ? Optional.empty() : cache.cache();
      Reviewer reviewer =
          untrusted
              ? Reviewer.fromProfile(profile, ProfileTrust.UNTRUSTED)
              : compiled.isPresent()
                  ? Reviewer.fromProfile(profile, compiled.get())
                  : Reviewer.fromProfile(profile);
      for (ProfileProblem w : reviewer.warnings()) {
        err.println(CliTexts.t("warning", "text", w));
      }
      err.flush();
      return Optional.of(reviewer);
    } catch (RuleProfileException e) {
      for (ProfileProblem p : e.problems()) {
        err.println(p);
      }
      err.println(CliTexts.t("problems.count", "name", profile, "count", e.problems().size()));
      err.flush();
      return Optional.empty();
    }
  }

  /** The folder next to a profile whose files replace the HTML report's templates. */
  static final String THEME_FOLDER = "report-theme";

  /**
   * The report theme of {@code profile}: the {@value #THEME_FOLDER} folder next to the profile file
   * when there is one, else the bundled theme; empty (each problem printed on {@code err} with its
   * file and line) when the folder cannot be used. An untrusted profile's theme is not used (its
   * templates could put scripts in the page): a warning says so.
   */
  static Optional<io.github.crmstrategy.report.ReportTheme> theme(
      Path profile, boolean untrusted, PrintWriter err) {
    if (profile == null) {
      return Optional.of(io.github.crmstrategy.report.ReportTheme.defaults());
    }
    Path parent = profile.toAbsolutePath().getParent();
    Path folder = parent == null ? Path.of(THEME_FOLDER) : parent.resolve(THEME_FOLDER);
    if (!java.nio.file.Files.isDirectory(folder)) {
      return Optional.of(io.github.crmstrategy.report.ReportTheme.defaults());
    }
    if (untrusted) {
      err.println(
          CliTexts.t(
              "warning",
              "text",
              folder
                  + ": the report theme of an untrusted profile is not used; the bundled one is"));
      err.flush();
      return Optional.of(io.github.crmstrategy.report.ReportTheme.defaults());
    }
    try {
      return Optional.of(io.github.crmstrategy.report.ReportTheme.load(folder));
    } catch (io.github.crmstrategy.report.ReportThemeException e) {
      e.problems().forEach(err::println);
      err.println(CliTexts.t("problems.count", "name", folder, "count", e.problems().size()));
      err.flush();
      return Optional.empty();
    }
  }
}
