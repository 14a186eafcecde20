package io.github.crmstrategy.fixturea;

import io.github.crmstrategy.fixtureb.B;

/** Half of a deliberate cycle between two components for BoundariesMetaTest. */
public final class A {
  private A() {}

  /** Depends on component fixtureb. */
  public static int of(B b) {
    return b.hashCode();
  }
}
