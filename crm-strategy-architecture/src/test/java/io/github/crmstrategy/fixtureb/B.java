package io.github.crmstrategy.fixtureb;

import io.github.crmstrategy.fixturea.A;

/** The other half of a deliberate package cycle for BoundariesMetaTest. */
public final class B {
  /** Depends on component fixturea. */
  public Class<?> back() {
    return A.class;
  }
}
