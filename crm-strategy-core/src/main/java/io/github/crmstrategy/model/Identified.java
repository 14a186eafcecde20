package io.github.crmstrategy.model;

/**
 * An element of the plan with a stable, document-unique id, used by references and element paths.
 */
public interface Identified {
  /** The element's id, unique within the document (for example {@code CG1}). */
  String id();
}
