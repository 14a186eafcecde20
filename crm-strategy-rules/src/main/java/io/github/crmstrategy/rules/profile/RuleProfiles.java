package io.github.crmstrategy.rules.profile;

import io.github.crmstrategy.rules.internal.profile.ProfileReader;
import java.net.URL;
import java.nio.file.Path;

/** Reads profile YAML files into {@link RuleProfile}s, for hosts that store or edit them. */
public final class RuleProfiles {
  /**
   * Class-path location of the JSON Schema (draft-07) of profile files, for editors: a YAML profile
   * names it in its first line, {@code # yaml-language-server: $schema=<URL>} (see the README).
   */
  public static final String SCHEMA_RESOURCE = "/io/github/crmstrategy/rules/profile.schema.json";

  private RuleProfiles() {}

  /** The JSON Schema of profile files, at {@link #SCHEMA_RESOURCE} on the class path. */
  public static URL schemaResource() {
    return RuleProfiles.class.getResource(SCHEMA_RESOURCE);
  }

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
