package io.github.crmstrategy.document;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.PlanDocument;
import java.util.Optional;

/**
 * Resolves element paths against a plan, following the keying rule documented on {@link
 * ElementPath}. The index of a plan is computed once and cached (by identity, weakly), so repeated
 * calls for the same plan cost a hash lookup.
 */
public final class ElementPaths {
  private static final LoadingCache<PlanDocument, ElementIndex> INDEXES =
      CacheBuilder.newBuilder()
          .weakKeys()
          .maximumSize(64)
          .build(CacheLoader.from(ElementIndex::new));

  private ElementPaths() {}

  /** The index of every element path of {@code plan}. */
  public static ElementIndex index(PlanDocument plan) {
    return INDEXES.getUnchecked(plan);
  }

  /** The JSON Pointer of the element at {@code path} in {@code plan}, if the path names one. */
  public static Optional<String> pointerOf(PlanDocument plan, ElementPath path) {
    return index(plan).pointerOf(path);
  }

  /** Whether {@code path} names an element present in {@code plan}. */
  public static boolean exists(PlanDocument plan, ElementPath path) {
    return index(plan).exists(path);
  }

  /** The model value at {@code path} in {@code plan} (see {@link ElementIndex#resolve}). */
  public static Optional<Object> resolve(PlanDocument plan, ElementPath path) {
    return index(plan).resolve(path);
  }
}
