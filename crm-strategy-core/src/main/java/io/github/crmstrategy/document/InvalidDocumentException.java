package io.github.crmstrategy.document;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A YAML or JSON document that cannot be used: it does not parse, breaks a safety limit, or (for
 * {@link InvalidPlanException}) does not bind or validate as a plan. Carries every problem found,
 * each located by element path and, where known, file, line and column.
 */
public class InvalidDocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final ImmutableList<Problem> problems;

  /** A rejected document {@code source} with its {@code problems} (at least one). */
  public InvalidDocumentException(String source, List<Problem> problems) {
    super(describe(source, problems));
    this.source = source;
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String describe(String source, List<Problem> problems) {
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + " in "
        + source
        + ":\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }

  /** The document name, usually its file path. */
  public String source() {
    return source;
  }

  /** Every problem found, in document order. */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
