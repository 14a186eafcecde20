package io.github.crmstrategy.rules.internal.pack;

import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.JacksonMappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Deprecated rule ids: old id to new id, from {@code data/rule-aliases.yaml}. */
public final class RuleAliasTable {
  private RuleAliasTable() {}

  private static final class Holder {
    static final Map<String, String> ALIASES = load();
  }

  /** The built-in alias table. */
  public static Map<String, String> defaults() {
    return Holder.ALIASES;
  }

  private static Map<String, String> load() {
    try (InputStream in =
        RuleAliasTable.class.getResourceAsStream(RuleData.DATA_FOLDER + "rule-aliases.yaml")) {
      if (in == null) {
        return Map.of();
      }
      Doc doc = JacksonMappers.dataFiles(DocumentFormat.YAML).readValue(in, Doc.class);
      return doc.aliases == null ? Map.of() : Map.copyOf(doc.aliases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final class Doc {
    public Map<String, String> aliases = new LinkedHashMap<>();
  }
}
