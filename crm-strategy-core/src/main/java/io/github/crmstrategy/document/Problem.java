package io.github.crmstrategy.document;

import io.github.crmstrategy.model.ElementPath;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a plan document: where it is (element path and, when known, file, line and
 * column), what is wrong, and how to fix it.
 *
 * @param path the document path of the element (or key) at fault
 * @param message what is wrong, naming the element and the values involved
 * @param hint how to fix it
 * @param location the file, line and column, when known
 */
public record Problem(
    ElementPath path, String message, String hint, Optional<SourceLocation> location) {

  /** Checks that no component is null. */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(location, "location");
  }

  /** A problem with no known source location. */
  public static Problem of(ElementPath path, String message, String hint) {
    return new Problem(path, message, hint, Optional.empty());
  }

  /** This problem, located at {@code where}. */
  public Problem at(SourceLocation where) {
    return new Problem(path, message, hint, Optional.of(where));
  }

  /** {@code file:line:column: path: message (fix: hint)}; parts that are unknown are left out. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    location.ifPresent(l -> sb.append(l).append(": "));
    if (!path.isRoot()) {
      sb.append(path).append(": ");
    }
    sb.append(message);
    if (!hint.isEmpty()) {
      sb.append(" (fix: ").append(hint).append(')');
    }
    return sb.toString();
  }
}
