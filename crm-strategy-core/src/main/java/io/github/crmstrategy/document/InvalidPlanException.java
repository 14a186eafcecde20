package io.github.crmstrategy.document;

import java.util.List;

/**
 * A plan document that cannot be used: it does not parse, or it parses but fails validation.
 * Carries every problem found, each located by element path and, where known, file, line and
 * column.
 */
public final class InvalidPlanException extends InvalidDocumentException {
  private static final long serialVersionUID = 1L;

  /** A rejected document {@code source} with its {@code problems} (at least one). */
  public InvalidPlanException(String source, List<Problem> problems) {
    super(source, problems);
  }
}
