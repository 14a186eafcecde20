package io.github.crmstrategy.rules.profile;

/**
 * A problem with a profile or one of its files, located as {@code file:line:column} where the place
 * is known (or {@code file}, or the profile name and the key in memory-built profiles).
 *
 * @param location where: {@code profile.yaml:4:3}, {@code rules/acme.drl:12:5}
 * @param message what is wrong
 */
public record ProfileProblem(String location, String message) {
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
