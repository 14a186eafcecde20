package io.github.crmstrategy.document;

/**
 * A place in a source document: its name (usually the file path), and the 1-based line and column.
 *
 * @param source the document name, usually its file path
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(String source, int line, int column) {
  /** {@code source:line:column}, the form editors and compilers use. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
