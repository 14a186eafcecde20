package io.github.crmstrategy.document;

import java.nio.file.Path;
import java.util.Locale;

/** The two text formats a plan document can be written in. */
public enum DocumentFormat {
  /** YAML 1.1, the format people edit. */
  YAML,
  /** JSON, the format programs exchange. */
  JSON;

  /** The format of a file by its extension: {@code .json} is JSON, anything else YAML. */
  public static DocumentFormat of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") ? JSON : YAML;
  }
}
