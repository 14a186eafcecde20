package io.github.crmstrategy.rules.profile;

import io.github.crmstrategy.document.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem with a profile or one of its files: where it is and what is wrong.
 *
 * <p>{@link #toString()} is {@code where: message}, where {@code where} is the file, line and
 * column when they are known ({@code profile.yaml:5:3}, {@code rules/acme.drl:12:30}), else the
 * {@link #place()}: a file without a line ({@code rules/acme.drl}), or for a profile built in
 * memory its name and the key at fault ({@code acme (rules.REAL-03)}).
 *
 * @param location the file, line and column, when known
 * @param place what names the place: the file of {@code location} when there is one, else the file,
 *     the profile's name and key, or the profile's name
 * @param message what is wrong
 */
public record ProfileProblem(Optional<SourceLocation> location, String place, String message) {
  /** Checks that no component is null. */
  public ProfileProblem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(message, "message");
  }

  /** A problem at {@code location}. */
  public static ProfileProblem at(SourceLocation location, String message) {
    return new ProfileProblem(Optional.of(location), location.source(), message);
  }

  /** A problem without a line: {@code place} names the file, or the profile and key. */
  public static ProfileProblem in(String place, String message) {
    return new ProfileProblem(Optional.empty(), place, message);
  }

  /** {@code file:line:column} when located, else {@link #place()}. */
  public String where() {
    return location.map(SourceLocation::toString).orElse(place);
  }

  /** {@code where: message}. */
  @Override
  public String toString() {
    return where() + ": " + message;
  }
}
