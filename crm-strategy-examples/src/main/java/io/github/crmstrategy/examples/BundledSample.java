package io.github.crmstrategy.examples;

import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.InvalidPlanException;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.samples.Samples;

/** Reads a bundled sample plan the way a host reads any document: with {@link PlanDocuments}. */
final class BundledSample {
  private BundledSample() {}

  /** Sample {@code name} (see {@link Samples#names()}), read and validated. */
  static LoadedPlan load(String name) throws InvalidPlanException {
    return PlanDocuments.read(Samples.content(name), Samples.source(name), DocumentFormat.YAML);
  }
}
