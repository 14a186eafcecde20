package io.github.crmstrategy.cli;

import io.github.crmstrategy.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Names and writes report outputs for {@code assess} and {@code compare}. */
final class ReportTargets {
  private ReportTargets() {}

  /** Output formats on the command line. */
  enum Format {
    text(ReportFormat.TEXT),
    json(ReportFormat.JSON),
    markdown(ReportFormat.MARKDOWN),
    html(ReportFormat.HTML),
    sarif(ReportFormat.SARIF),
    junit(ReportFormat.JUNIT),
    github(ReportFormat.GITHUB);

    final ReportFormat format;

    Format(ReportFormat format) {
      this.format = format;
    }
  }

  /** Colour in text output. */
  enum Color {
    auto,
    always,
    never
  }

  /**
   * The plan's name in reports: a file as given on the command line (with {@code /} separators), a
   * sample as {@code NAME.yaml}, so that reports do not depend on the machine.
   */
  static String reportName(PlanSource source) {
    if (source instanceof PlanSource.Sample sample) {
      return sample.name() + ".yaml";
    }
    return ((PlanSource.File) source).path().toString().replace('\\', '/');
  }

  /** Whether to colour text written to standard output ({@code toFile}: written to a file). */
  static boolean colour(Color color, boolean toFile) {
    return switch (color) {
      case always -> true;
      case never -> false;
      case auto -> !toFile && Terminal.stdoutIsTerminal() && Terminal.colourAllowed();
    };
  }

  /**
   * A file name for the page of plan {@code name} in an output directory, unique in {@code used}.
   */
  static String fileName(String name, ReportFormat format, Set<String> used) {
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    base = base.replaceAll("[^A-Za-z0-9._-]", "_");
    String candidate = base + "." + format.extension();
    for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); i++) {
      candidate = base + "-" + i + "." + format.extension();
    }
    return candidate;
  }

  static Set<String> newNameSet() {
    return new HashSet<>();
  }

  /**
   * Writes {@code text} to {@code file} (UTF-8). Its folder must exist: no folder is created that
   * the user did not ask for.
   */
  static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** A writer of {@code file} (UTF-8, replacing it); its folder must exist. */
  static Writer newWriter(Path file) throws IOException {
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  /**
   * Why the report file {@code file} (may be null: standard output) cannot be written, checked
   * before any work: a folder in its place, a folder of it that does not exist.
   */
  static Optional<String> checkFile(Path file) {
    if (file == null) {
      return Optional.empty();
    }
    if (Files.isDirectory(file)) {
      return Optional.of(file + ": cannot write: is a directory");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      return Optional.of(
          file + ": cannot write: the folder " + parent + " does not exist (create it first)");
    }
    return Optional.empty();
  }

  /**
   * Makes the folder {@code folder} of an HTML batch, which the user asked for, when it does not
   * exist yet, but not the folders above it; why it cannot be used otherwise.
   */
  static Optional<String> prepareFolder(Path folder) {
    if (Files.isDirectory(folder)) {
      return Optional.empty();
    }
    if (Files.exists(folder)) {
      return Optional.of(folder + ": cannot write the pages: it is a file, not a folder");
    }
    Path parent = folder.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      return Optional.of(
          folder
              + ": cannot write the pages: the folder "
              + parent
              + " does not exist (create it"
              + " first)");
    }
    try {
      Files.createDirectory(folder);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(folder + ": cannot create the folder: " + describe(e, folder));
    }
  }

  /**
   * Reports that the report could not be written to {@code file}, removes what was written of it (a
   * truncated report must not pass for a complete one) and gives the status.
   */
  static int writeFailed(Path file, IOException e, PrintWriter err) {
    if (file == null) {
      return stdoutFailed(err);
    }
    err.println(CliTexts.t("file.cannotWrite", "file", file, "reason", describe(e, file)));
    err.flush();
    try {
      if (Files.isRegularFile(file)) {
        Files.delete(file);
      }
    } catch (IOException ignored) {
      // Reported already; nothing more to do.
    }
    return ExitCodes.INVALID;
  }

  /** Reports that standard output could not be written (a full disk, a closed pipe). */
  static int stdoutFailed(PrintWriter err) {
    err.println(CliTexts.t("stdout.reportFailed"));
    err.flush();
    return ExitCodes.INVALID;
  }

  /**
   * Why writing {@code file} failed, in a user's terms: its folder does not exist, permission
   * denied, no space left...
   */
  static String describe(IOException e, Path file) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      Path parent = file.toAbsolutePath().getParent();
      return parent != null && !Files.isDirectory(parent)
          ? "the folder " + parent + " does not exist (create it first)"
          : "no such file or folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    String message = e.getMessage();
    if (e instanceof java.io.FileNotFoundException && message != null && message.contains("(")) {
      // "x.json (No such file or directory)": the reason in brackets.
      String reason = message.substring(message.lastIndexOf('(') + 1).replace(")", "");
      Path parent = file.toAbsolutePath().getParent();
      return reason.startsWith("No such file") && parent != null && !Files.isDirectory(parent)
          ? "the folder " + parent + " does not exist (create it first)"
          : reason.toLowerCase(Locale.ROOT);
    }
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** Prints {@code text} as is (it ends with a line break) and flushes. */
  static void print(PrintWriter out, String text) {
    out.print(text);
    out.flush();
  }
}
