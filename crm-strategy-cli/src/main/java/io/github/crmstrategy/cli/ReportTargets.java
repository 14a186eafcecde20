package io.github.crmstrategy.cli;

import io.github.crmstrategy.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
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
    sarif(ReportFormat.SARIF);

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

  /** Writes {@code text} to {@code file} (UTF-8), creating parent directories. */
  static void write(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
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
