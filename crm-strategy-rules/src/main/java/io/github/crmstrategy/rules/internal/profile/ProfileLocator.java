package io.github.crmstrategy.rules.internal.profile;

import io.github.crmstrategy.rules.profile.ProfileProblem;

/**
 * Turns a message about a key of a profile into a located problem: at the line and column where the
 * key was written, or, for profiles built in memory, naming the profile and the key.
 */
@FunctionalInterface
public interface ProfileLocator {
  /** The problem {@code message} about {@code key}. */
  ProfileProblem problem(ProfileKey key, String message);

  /** For a profile built in memory: {@code NAME (rules.REAL-03): message}. */
  static ProfileLocator inMemory(String profileName) {
    return (key, message) -> ProfileProblem.in(profileName + " (" + key + ")", message);
  }
}
