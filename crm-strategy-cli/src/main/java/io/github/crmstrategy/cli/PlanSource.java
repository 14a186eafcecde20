package io.github.crmstrategy.cli;

import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.InvalidPlanException;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/** Where a plan document comes from: a file or a bundled sample. */
public sealed interface PlanSource {

  /** The name shown to the user: the file path or {@code sample NAME}. */
  String displayName();

  /** Reads and validates the document. */
  LoadedPlan load() throws IOException, InvalidPlanException;

  /** A plan document file (YAML, or JSON when the name ends in {@code .json}). */
  record File(Path path) implements PlanSource {
    /** Checks that the path is not null. */
    public File {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String displayName() {
      return path.toString();
    }

    @Override
    public LoadedPlan load() throws IOException, InvalidPlanException {
      // Checked here so that every subcommand reports these the same way, whatever the reader does.
      if (Files.notExists(path)) {
        throw new NoSuchFileException(path.toString());
      }
      if (Files.isDirectory(path)) {
        throw new IOException("is a directory, not a plan document");
      }
      return PlanDocuments.read(path);
    }
  }

  /** A sample bundled on the class path, see {@link Samples}. */
  record Sample(String name) implements PlanSource {
    /** Checks that {@code name} is a bundled sample. */
    public Sample {
      Samples.resource(name);
    }

    @Override
    public String displayName() {
      return "sample " + name;
    }

    @Override
    public LoadedPlan load() throws InvalidPlanException {
      return PlanDocuments.read(Samples.content(name), Samples.source(name), DocumentFormat.YAML);
    }
  }
}
