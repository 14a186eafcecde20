package io.github.crmstrategy.document;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.PlanDocument;
import java.util.Optional;

/** Resolves element paths against a plan. TODO(helper A): implement over the Jackson tree. */
public final class ElementPaths {
  private ElementPaths() {}

  /** The JSON Pointer of the element at {@code path} in {@code plan}, if the path names one. */
  public static Optional<String> pointerOf(PlanDocument plan, ElementPath path) {
    return Optional.empty();
  }
}
