package io.github.crmstrategy.rules;

import static org.quicktheories.QuickTheory.qt;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.testing.PlanGenerators;
import java.util.ArrayList;
import java.util.List;

/** Analysts' DRL for tests: the file header, one rule with full metadata, generated plans. */
public final class AnalystDrl {
  private AnalystDrl() {}

  /** Package, fact imports and the findings global. */
  public static final String HEADER =
      """
      package com.acme.rules;
      import io.github.crmstrategy.rules.facts.*;
      global io.github.crmstrategy.rules.facts.FindingSink findings;
      """;

  /** One REALISM/WARNING rule {@code name} with id {@code id}, conditions and actions. */
  public static String rule(String name, String id, String when, String then) {
    return """
        rule "%s"
          @id("%s")
          @title("Custom check")
          @category("REALISM")
          @severity("WARNING")
          @rationale("Acme policy.")
          @remediation("Fix it.")
        when
          %s
        then
          %s
        end
        """
        .formatted(name, id, when, then);
  }

  /** {@code n} generated valid plans, always the same ones. */
  public static List<PlanDocument> plans(int n) {
    List<PlanDocument> out = new ArrayList<>();
    qt().withExamples(n)
        .withFixedSeed(42)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(out::add);
    return out;
  }
}
