package io.github.crmstrategy.benchmarks;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.facts.BenchmarkRange;
import io.github.crmstrategy.rules.facts.Fmt;
import io.github.crmstrategy.rules.facts.GoalFact;
import io.github.crmstrategy.rules.facts.GrowthLimit;
import io.github.crmstrategy.rules.facts.IndicatorFact;
import io.github.crmstrategy.rules.facts.PlanFact;
import io.github.crmstrategy.rules.facts.Reference;
import io.github.crmstrategy.rules.facts.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor: the 29 realism rules of {@code realism.drl} (REAL-001..029) written by hand in plain
 * Java, over the same facts ({@link Internals#facts} plus the rule data tables), with no engine.
 * Each block mirrors one DRL rule: same conditions, same arithmetic in the same order, same message
 * text. Joins use hash maps (by kind, goal id) like the engine's == indexes, so the floor is linear
 * in the plan size except where the rules themselves pair indicators (REAL-025..028).
 *
 * <p>Used as the performance floor of the benchmarks and as the test oracle of the Drools realism
 * rules. Keep it in step with {@code realism.drl}: the oracle test fails when they diverge.
 */
public final class HandWrittenRealism {
  private final Map<String, Double> parameters;
  private final Map<String, List<GrowthLimit>> limitsByKind = new HashMap<>();
  private final Map<String, List<BenchmarkRange>> rangesByIndustryKind = new HashMap<>();

  /** The floor over the default pack's rule data. */
  public HandWrittenRealism() {
    this.parameters = Internals.parameters();
    for (GrowthLimit l : Internals.growthLimits()) {
      limitsByKind.computeIfAbsent(l.kind(), k -> new ArrayList<>()).add(l);
    }
    for (BenchmarkRange r : Internals.benchmarkRanges()) {
      rangesByIndustryKind
          .computeIfAbsent(r.industry() + "\u0000" + r.kind(), k -> new ArrayList<>())
          .add(r);
    }
  }

  /** The realism findings of {@code plan}, in no particular order. */
  public List<RealismFinding> assess(PlanDocument plan) {
    return assess(Internals.facts(plan));
  }

  /**
   * The realism findings of the plan facts {@code facts} (as {@link Internals#facts} gives them).
   */
  public List<RealismFinding> assess(List<Object> facts) {
    List<GoalFact> goals = new ArrayList<>();
    List<IndicatorFact> indicators = new ArrayList<>();
    List<PlanFact> plans = new ArrayList<>();
    List<Reference> supports = new ArrayList<>();
    for (Object o : facts) {
      if (o instanceof IndicatorFact i) {
        indicators.add(i);
      } else if (o instanceof GoalFact g) {
        goals.add(g);
      } else if (o instanceof Reference r) {
        if (r.relation().equals("supports")) {
          supports.add(r);
        }
      } else if (o instanceof PlanFact p) {
        plans.add(p);
      }
    }
    List<RealismFinding> out = new ArrayList<>();
    Double min = param("realism.indicatorsPerGoal.min");
    Double max = param("realism.indicatorsPerGoal.max");
    for (GoalFact g : goals) {
      if (g.scope() == Scope.CRM && g.indicatorCount() == 0) {
        add(
            out,
            "REAL-001",
            "ERROR",
            g.path(),
            "CRM goal " + g.id() + " has no key indicator: its success cannot be measured");
      }
      if (g.scope() == Scope.CORPORATE && g.indicatorCount() == 0) {
        add(
            out,
            "REAL-002",
            "WARNING",
            g.path(),
            "Corporate goal " + g.id() + " has no key indicator");
      }
      if (min != null && g.indicatorCount() > 0 && g.indicatorCount() < min) {
        add(
            out,
            "REAL-003",
            "INFO",
            g.path(),
            "Goal "
                + g.id()
                + " has "
                + g.indicatorCount()
                + " indicator(s); at least "
                + Fmt.num(min)
                + " are recommended");
      }
      if (max != null && g.indicatorCount() > max) {
        add(
            out,
            "REAL-004",
            "INFO",
            g.path(),
            "Goal "
                + g.id()
                + " has "
                + g.indicatorCount()
                + " indicators; at most "
                + Fmt.num(max)
                + " are recommended");
      }
    }

    Double mult = param("realism.trendMultiplier.max");
    Double floor = param("realism.trendFloor");
    Double tol = param("realism.benchmarkTolerance");
    Map<String, List<IndicatorFact>> byKind = new HashMap<>();
    Map<String, List<IndicatorFact>> corporateByGoal = new HashMap<>();
    Map<String, List<IndicatorFact>> crmByGoal = new HashMap<>();
    for (IndicatorFact i : indicators) {
      byKind.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(i);
      (i.scope() == Scope.CRM ? crmByGoal : corporateByGoal)
          .computeIfAbsent(i.goalId(), k -> new ArrayList<>())
          .add(i);
      single(out, i, plans, mult, floor, tol);
    }
    pairs(out, byKind);
    for (Reference r : supports) {
      crmTargetBeyondCorporate(
          out,
          r,
          crmByGoal.getOrDefault(r.from(), List.of()),
          corporateByGoal.getOrDefault(r.to(), List.of()));
    }
    return out;
  }

  private void single(
      List<RealismFinding> out,
      IndicatorFact i,
      List<PlanFact> plans,
      Double mult,
      Double floor,
      Double tol) {
    String id = i.id();
    ElementPath path = i.path();
    String dir = i.direction();
    if (!i.hasBaseline()) {
      add(out, "REAL-005", "WARNING", path, "Indicator " + id + " has no baseline");
    }
    if (i.unit().isEmpty()) {
      add(out, "REAL-006", "WARNING", path, "Indicator " + id + " has no unit");
    }
    if (!i.hasTarget()) {
      add(out, "REAL-007", "WARNING", path, "Indicator " + id + " has no target");
    }
    if (i.hasTarget() && i.targetDue() == null) {
      add(
          out,
          "REAL-008",
          "WARNING",
          path,
          "Target " + Fmt.num(i.target()) + " of indicator " + id + " has no due date");
    }
    if (dir.equals("")) {
      add(
          out,
          "REAL-009",
          "WARNING",
          path,
          "Indicator " + id + " has no direction (increase, decrease or maintain)");
    }
    if (i.hasBaseline() && i.hasTarget() && i.target() == i.baseline() && !dir.equals("maintain")) {
      add(
          out,
          "REAL-010",
          "WARNING",
          path,
          "Indicator "
              + id
              + " has target "
              + Fmt.num(i.target())
              + " equal to its baseline: no change is asked for");
    }
    if (i.hasBaseline()
        && i.hasTarget()
        && i.historyCount() > 0
        && ((dir.equals("increase") && i.baseline() < i.target() && i.historyMax() >= i.target())
            || (dir.equals("decrease")
                && i.baseline() > i.target()
                && i.historyMin() <= i.target()))) {
      double best = "increase".equals(dir) ? i.historyMax() : i.historyMin();
      add(
          out,
          "REAL-011",
          "WARNING",
          path,
          "Indicator "
              + id
              + " ("
              + dir
              + ") targets "
              + Fmt.num(i.target())
              + " from baseline "
              + Fmt.num(i.baseline())
              + ", but its history already reached "
              + Fmt.num(best));
    }
    if (i.hasBaseline()
        && i.hasTarget()
        && ((dir.equals("increase") && i.target() < i.baseline())
            || (dir.equals("decrease") && i.target() > i.baseline()))) {
      add(
          out,
          "REAL-012",
          "ERROR",
          path,
          "Indicator "
              + id
              + " should "
              + dir
              + " but its target "
              + Fmt.num(i.target())
              + ("increase".equals(dir) ? " is below" : " is above")
              + " its baseline "
              + Fmt.num(i.baseline())
              + ": the baseline already meets it");
    }
    if (i.targetDue() != null
        && i.baselineDate() != null
        && i.targetDue().isBefore(i.baselineDate())) {
      add(
          out,
          "REAL-013",
          "ERROR",
          path,
          "Target of indicator "
              + id
              + " is due "
              + i.targetDue()
              + ", before its baseline date "
              + i.baselineDate());
    }
    for (PlanFact p : plans) {
      if (p.horizonEnd() != null
          && i.targetDue() != null
          && i.targetDue().isAfter(p.horizonEnd())) {
        add(
            out,
            "REAL-014",
            "WARNING",
            path,
            "Target of indicator "
                + id
                + " is due "
                + i.targetDue()
                + ", after the plan horizon ends "
                + p.horizonEnd());
      }
      if (p.horizonStart() != null
          && i.targetDue() != null
          && i.targetDue().isBefore(p.horizonStart())) {
        add(
            out,
            "REAL-015",
            "WARNING",
            path,
            "Target of indicator "
                + id
                + " is due "
                + i.targetDue()
                + ", before the plan horizon starts "
                + p.horizonStart());
      }
    }
    if (i.hasBaseline() && i.baselineDate() == null) {
      add(
          out,
          "REAL-016",
          "INFO",
          path,
          "Baseline " + Fmt.num(i.baseline()) + " of indicator " + id + " has no date");
    }
    double req = i.requiredYearlyChange();
    double trend = i.historicalYearlyChange();
    if (mult != null
        && floor != null
        && i.hasTrend()
        && i.hasRequiredChange()
        && req != 0
        && req * trend >= 0
        && Math.abs(req) > mult * Math.max(Math.abs(trend), floor)) {
      add(
          out,
          "REAL-017",
          "WARNING",
          path,
          "Indicator "
              + id
              + " needs "
              + rate(i, req)
              + " to reach its target, more than "
              + Fmt.num(mult)
              + " times its historical "
              + rate(i, trend));
    }
    if (floor != null
        && i.hasTrend()
        && i.hasRequiredChange()
        && req * trend < 0
        && Math.abs(trend) >= floor) {
      add(
          out,
          "REAL-018",
          "WARNING",
          path,
          "Indicator "
              + id
              + " needs "
              + rate(i, req)
              + " to reach its target, but its history moved "
              + rate(i, trend));
    }
    String kind = i.kind();
    if (i.hasRequiredChange()) {
      List<GrowthLimit> own = limitsByKind.get(kind);
      if (own != null && !kind.equals("")) {
        for (GrowthLimit l : own) {
          if (Math.abs(req) > l.maxYearlyChange()) {
            add(
                out,
                "REAL-019",
                "WARNING",
                path,
                "Indicator "
                    + id
                    + " ("
                    + kind
                    + ") needs "
                    + rate(i, req)
                    + ", above the limit of "
                    + rate(i, l.maxYearlyChange())
                    + " for its kind");
          }
        }
      }
      if (own == null) {
        for (GrowthLimit l : limitsByKind.getOrDefault("*", List.of())) {
          if (Math.abs(req) > l.maxYearlyChange()) {
            add(
                out,
                "REAL-020",
                "WARNING",
                path,
                "Indicator "
                    + id
                    + (kind.isEmpty() ? "" : " (" + kind + ")")
                    + " needs "
                    + rate(i, req)
                    + ", above the default limit of "
                    + rate(i, l.maxYearlyChange()));
          }
        }
      }
    }
    if (tol != null && i.hasTarget() && !kind.equals("")) {
      double t = i.target();
      for (PlanFact p : plans) {
        String industry = p.industry();
        List<BenchmarkRange> own = rangesByIndustryKind.get(industry + "\u0000" + kind);
        if (own != null) {
          for (BenchmarkRange b : own) {
            if (outside(t, b, tol)) {
              add(
                  out,
                  "REAL-021",
                  "WARNING",
                  path,
                  "Target "
                      + Fmt.num(t)
                      + " of indicator "
                      + id
                      + " ("
                      + kind
                      + ") lies outside the "
                      + industry
                      + " range "
                      + Fmt.num(b.low())
                      + ".."
                      + Fmt.num(b.high())
                      + " (tolerance "
                      + Fmt.num(tol)
                      + "%)");
            }
          }
        } else {
          for (BenchmarkRange b : rangesByIndustryKind.getOrDefault("*\u0000" + kind, List.of())) {
            if (outside(t, b, tol)) {
              add(
                  out,
                  "REAL-022",
                  "WARNING",
                  path,
                  "Target "
                      + Fmt.num(t)
                      + " of indicator "
                      + id
                      + " ("
                      + kind
                      + ") lies outside the cross-industry range "
                      + Fmt.num(b.low())
                      + ".."
                      + Fmt.num(b.high())
                      + " (tolerance "
                      + Fmt.num(tol)
                      + "%)");
            }
          }
        }
      }
    }
    if (tol != null && i.hasTarget() && i.hasTopQuartile()) {
      double t = i.target();
      double tq = i.topQuartile();
      if ((dir.equals("increase") && t > tq + Math.abs(tq) * tol / 100)
          || (dir.equals("decrease") && t < tq - Math.abs(tq) * tol / 100)) {
        add(
            out,
            "REAL-023",
            "WARNING",
            path,
            "Target "
                + Fmt.num(t)
                + " of indicator "
                + id
                + " ("
                + dir
                + ") is beyond its benchmark top quartile "
                + Fmt.num(tq)
                + " by more than "
                + Fmt.num(tol)
                + "%");
      }
    }
    if (i.percent()
        && ((i.hasBaseline() && (i.baseline() < 0 || i.baseline() > 100))
            || (i.hasTarget() && (i.target() < 0 || i.target() > 100))
            || (i.historyCount() > 0 && (i.historyMin() < 0 || i.historyMax() > 100))
            || (i.hasPeerMedian() && (i.peerMedian() < 0 || i.peerMedian() > 100))
            || (i.hasTopQuartile() && (i.topQuartile() < 0 || i.topQuartile() > 100)))) {
      add(
          out,
          "REAL-024",
          "ERROR",
          path,
          "Percentage indicator " + id + " has values outside 0..100: " + outsidePercentRange(i));
    }
  }

  /** REAL-025..028: the rules that pair indicators of linked kinds. */
  private void pairs(List<RealismFinding> out, Map<String, List<IndicatorFact>> byKind) {
    List<IndicatorFact> retention = byKind.getOrDefault("retentionRate", List.of());
    List<IndicatorFact> churn = byKind.getOrDefault("churnRate", List.of());
    List<IndicatorFact> clv = byKind.getOrDefault("customerLifetimeValue", List.of());
    List<IndicatorFact> arpu = byKind.getOrDefault("averageRevenuePerUser", List.of());
    List<IndicatorFact> cac = byKind.getOrDefault("customerAcquisitionCost", List.of());

    Double tol = param("realism.retentionChurnSum.tolerance");
    if (tol != null) {
      for (IndicatorFact r : retention) {
        if (!r.percent() || !r.hasTarget()) {
          continue;
        }
        double rt = r.target();
        for (IndicatorFact c : churn) {
          if (c.percent() && c.hasTarget() && Math.abs(rt + c.target() - 100) > tol) {
            double ct = c.target();
            add(
                out,
                "REAL-025",
                "WARNING",
                r.path(),
                "Retention target "
                    + Fmt.num(rt)
                    + " of "
                    + r.id()
                    + " and churn target "
                    + Fmt.num(ct)
                    + " of "
                    + c.id()
                    + " sum to "
                    + Fmt.num(rt + ct)
                    + ", not 100 (tolerance "
                    + Fmt.num(tol)
                    + " points)");
          }
        }
      }
    }

    Double clvTol = param("realism.clvArpu.tolerance");
    if (clvTol != null) {
      for (IndicatorFact v : clv) {
        if (!v.hasTarget() || v.unit().isEmpty()) {
          continue;
        }
        double clvT = v.target();
        for (IndicatorFact a : arpu) {
          if (!a.hasTarget() || !(a.target() > 0) || !a.unit().equals(v.unit())) {
            continue;
          }
          double arpuT = a.target();
          for (IndicatorFact c : churn) {
            if (c.percent()
                && c.hasTarget()
                && c.target() > 0
                && Math.abs(clvT - arpuT * 100 / c.target())
                    > clvTol / 100 * (arpuT * 100 / c.target())) {
              double churnT = c.target();
              double implied = arpuT * 100 / churnT;
              String unit = v.unit();
              add(
                  out,
                  "REAL-026",
                  "WARNING",
                  v.path(),
                  "CLV target "
                      + Fmt.num(clvT)
                      + " "
                      + unit
                      + " of "
                      + v.id()
                      + " differs by more than "
                      + Fmt.num(clvTol)
                      + "% from "
                      + Fmt.num(implied)
                      + " "
                      + unit
                      + " implied by ARPU target "
                      + Fmt.num(arpuT)
                      + " ("
                      + a.id()
                      + ") and churn target "
                      + Fmt.num(churnT)
                      + "% ("
                      + c.id()
                      + ")");
            }
          }
        }
      }
    }

    Double cacMin = param("realism.clvCac.healthyMin");
    Double cacMax = param("realism.clvCac.healthyMax");
    for (IndicatorFact v : clv) {
      if (!v.hasTarget() || !(v.target() > 0)) {
        continue;
      }
      double clvT = v.target();
      for (IndicatorFact c : cac) {
        if (!c.hasTarget() || !(c.target() > 0) || !c.unit().equals(v.unit())) {
          continue;
        }
        double cacT = c.target();
        if (cacMin != null && clvT / cacT < cacMin) {
          add(
              out,
              "REAL-027",
              "WARNING",
              v.path(),
              "CLV target "
                  + Fmt.num(clvT)
                  + " of "
                  + v.id()
                  + " is only "
                  + Fmt.num(clvT / cacT)
                  + " times the acquisition cost target "
                  + Fmt.num(cacT)
                  + " of "
                  + c.id()
                  + " (healthy from "
                  + Fmt.num(cacMin)
                  + ")");
        }
        if (cacMax != null && clvT / cacT > cacMax) {
          add(
              out,
              "REAL-028",
              "INFO",
              v.path(),
              "CLV target "
                  + Fmt.num(clvT)
                  + " of "
                  + v.id()
                  + " is "
                  + Fmt.num(clvT / cacT)
                  + " times the acquisition cost target "
                  + Fmt.num(cacT)
                  + " of "
                  + c.id()
                  + " (healthy up to "
                  + Fmt.num(cacMax)
                  + ")");
        }
      }
    }
  }

  /** REAL-029 for one {@code supports} reference. */
  private static void crmTargetBeyondCorporate(
      List<RealismFinding> out,
      Reference r,
      List<IndicatorFact> crmIndicators,
      List<IndicatorFact> corporateIndicators) {
    String crmGoal = r.from();
    String corpGoal = r.to();
    for (IndicatorFact c : crmIndicators) {
      String dir = c.direction();
      if (!c.hasTarget()
          || c.kind().equals("")
          || !(dir.equals("increase") || dir.equals("decrease"))) {
        continue;
      }
      double t = c.target();
      for (IndicatorFact k : corporateIndicators) {
        if (k.kind().equals(c.kind())
            && k.hasTarget()
            && k.unit().equals(c.unit())
            && ((dir.equals("increase") && k.target() < t)
                || (dir.equals("decrease") && k.target() > t))) {
          add(
              out,
              "REAL-029",
              "WARNING",
              c.path(),
              "CRM indicator "
                  + c.id()
                  + " targets "
                  + Fmt.num(t)
                  + ", beyond the target "
                  + Fmt.num(k.target())
                  + " of corporate indicator "
                  + k.id()
                  + " ("
                  + c.kind()
                  + ", "
                  + dir
                  + ") of goal "
                  + corpGoal
                  + " that goal "
                  + crmGoal
                  + " supports");
        }
      }
    }
  }

  private static boolean outside(double t, BenchmarkRange b, double tol) {
    return t > b.high() + Math.abs(b.high()) * tol / 100
        || t < b.low() - Math.abs(b.low()) * tol / 100;
  }

  /** The DRL function {@code rate}. */
  private static String rate(IndicatorFact i, double v) {
    return Fmt.num(v) + (i.changeInPoints() ? " points a year" : "% a year");
  }

  /** The DRL function {@code outsidePercentRange}. */
  private static String outsidePercentRange(IndicatorFact i) {
    List<String> out = new ArrayList<>();
    if (i.hasBaseline() && (i.baseline() < 0 || i.baseline() > 100)) {
      out.add("baseline " + Fmt.num(i.baseline()));
    }
    if (i.hasTarget() && (i.target() < 0 || i.target() > 100)) {
      out.add("target " + Fmt.num(i.target()));
    }
    if (i.historyCount() > 0 && i.historyMin() < 0) {
      out.add("history value " + Fmt.num(i.historyMin()));
    }
    if (i.historyCount() > 0 && i.historyMax() > 100) {
      out.add("history value " + Fmt.num(i.historyMax()));
    }
    if (i.hasPeerMedian() && (i.peerMedian() < 0 || i.peerMedian() > 100)) {
      out.add("benchmark peer median " + Fmt.num(i.peerMedian()));
    }
    if (i.hasTopQuartile() && (i.topQuartile() < 0 || i.topQuartile() > 100)) {
      out.add("benchmark top quartile " + Fmt.num(i.topQuartile()));
    }
    return String.join(", ", out);
  }

  private Double param(String name) {
    return parameters.get(name);
  }

  private static void add(
      List<RealismFinding> out, String id, String severity, ElementPath path, String message) {
    out.add(new RealismFinding(id, path, severity, message));
  }
}
