package io.github.crmstrategy.rules.internal.profile;

import java.util.Objects;

/**
 * A key of a profile that a check after reading refers to: a rule setting ({@code rules.ID}), a
 * parameter ({@code parameters.NAME}, its name or its value) or a suppression ({@code
 * suppressions.N}, by its position in the resolved profile).
 *
 * @param section the top-level key
 * @param name the rule id, the parameter name or the suppression's position
 * @param value whether the key stands for the value written under it rather than the key itself
 */
public record ProfileKey(Section section, String name, boolean value) {
  /** The top-level keys that checks refer to. */
  public enum Section {
    /** {@code rules}. */
    RULES("rules"),
    /** {@code parameters}. */
    PARAMETERS("parameters"),
    /** {@code suppressions}. */
    SUPPRESSIONS("suppressions"),
    /** {@code drl}, by file name. */
    DRL("drl"),
    /** {@code decisionTables}, by file name. */
    DECISION_TABLES("decisionTables"),
    /** {@code benchmarks}, {@code growthLimits}, {@code conceptSections}: a data table. */
    TABLES("tables");

    private final String key;

    Section(String key) {
      this.key = key;
    }

    /** The key as written in a profile. */
    public String key() {
      return key;
    }
  }

  /** Checks that no component is null. */
  public ProfileKey {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(name, "name");
  }

  /** The setting of rule {@code id}. */
  public static ProfileKey rule(String id) {
    return new ProfileKey(Section.RULES, id, false);
  }

  /** Parameter {@code name}, at its name. */
  public static ProfileKey parameter(String name) {
    return new ProfileKey(Section.PARAMETERS, name, false);
  }

  /** Parameter {@code name}, at its value. */
  public static ProfileKey parameterValue(String name) {
    return new ProfileKey(Section.PARAMETERS, name, true);
  }

  /** The suppression at {@code index} of the resolved profile's suppressions. */
  public static ProfileKey suppression(int index) {
    return new ProfileKey(Section.SUPPRESSIONS, Integer.toString(index), false);
  }

  /** The section itself ({@code rules}), for what is about all its entries. */
  public static ProfileKey section(Section section) {
    return new ProfileKey(section, "", false);
  }

  /** The data table {@code name} ({@code benchmarks}, {@code growthLimits}...). */
  public static ProfileKey table(String name) {
    return new ProfileKey(Section.TABLES, name, false);
  }

  /** The DRL file {@code name}. */
  public static ProfileKey drl(String name) {
    return new ProfileKey(Section.DRL, name, false);
  }

  /** The decision table {@code name}. */
  public static ProfileKey decisionTable(String name) {
    return new ProfileKey(Section.DECISION_TABLES, name, false);
  }

  /** The same key, at the key itself rather than at its value. */
  public ProfileKey atKey() {
    return value ? new ProfileKey(section, name, false) : this;
  }

  /** {@code rules.REAL-003}, {@code parameters.realism.indicatorsPerGoal.max}: for messages. */
  @Override
  public String toString() {
    if (section == Section.TABLES) {
      return name;
    }
    return name.isEmpty() ? section.key() : section.key() + "." + name;
  }
}
