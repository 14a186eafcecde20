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
    return read(profile, ProfileTrust.TRUSTED);
  }

  /**
   * Reads the profile YAML file {@code profile} as {@code trust} allows (see {@link ProfileTrust}):
   * read {@link ProfileTrust#UNTRUSTED}, DRL and decision tables, files outside the profile's
   * folder and oversized input are refused with their location.
   *
   * @throws RuleProfileException listing every problem, each as {@code file:line:column: message}
   */
  public static RuleProfile read(Path profile, ProfileTrust trust) throws RuleProfileException {
    return ProfileReader.readStrictly(ProfileReader.file(profile), trust).profile();
  }
}
