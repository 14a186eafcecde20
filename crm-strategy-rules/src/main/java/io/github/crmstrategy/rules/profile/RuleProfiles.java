package io.github.crmstrategy.rules.profile;

import io.github.crmstrategy.rules.internal.profile.ProfileReader;
import java.nio.file.Path;

/** Reads profile YAML files into {@link RuleProfile}s, for hosts that store or edit them. */
public final class RuleProfiles {
  private RuleProfiles() {}

  /**
   * Reads the profile YAML file {@code profile}, resolves what it {@code extends} and loads the
   * files it names. Rule ids and parameters are checked when a reviewer is built from it.
   *
   * @throws RuleProfileException listing every problem, each as {@code file:line:column: message}
   */
  public static RuleProfile read(Path profile) throws RuleProfileException {
    return ProfileReader.readStrictly(ProfileReader.file(profile)).profile();
  }
}
