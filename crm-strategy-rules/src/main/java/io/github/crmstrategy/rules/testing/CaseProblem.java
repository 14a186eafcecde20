package io.github.crmstrategy.rules.testing;

import io.github.crmstrategy.document.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem with a case file, or with the plan or profile a case needs: where it is and what is
 * wrong. {@link #toString()} is {@code file:line:column: message} when located, else {@code place:
 * message}.
 *
 * @param location the file, line and column, when known
 * @param place the file (or the case) at fault, used when there is no location
 * @param message what is wrong
 */
public record CaseProblem(Optional<SourceLocation> location, String place, String message) {
  /** Checks that no component is null. */
  public CaseProblem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(message, "message");
  }

  /** A problem at {@code location}. */
  public static CaseProblem at(SourceLocation location, String message) {
    return new CaseProblem(Optional.of(location), location.source(), message);
  }

  /** A problem of {@code place} (a file) without a line. */
  public static CaseProblem in(String place, String message) {
    return new CaseProblem(Optional.empty(), place, message);
  }

  /** {@code file:line:column} when located, else {@link #place()}. */
  public String where() {
    return location.map(SourceLocation::toString).orElse(place);
  }

  @Override
  public String toString() {
    return where() + ": " + message;
  }
}
