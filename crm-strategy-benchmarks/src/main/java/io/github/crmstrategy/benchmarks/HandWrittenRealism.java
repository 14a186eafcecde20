package io.github.crmstrategy.benchmarks;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.facts.BenchmarkRange;
import io.github.crmstrategy.rules.facts.Checks;
import io.github.crmstrategy.rules.facts.ContextFact;
import io.github.crmstrategy.rules.facts.DatedFact;
import io.github.crmstrategy.rules.facts.Fmt;
import io.github.crmstrategy.rules.facts.GoalFact;
import io.github.crmstrategy.rules.facts.GrowthLimit;
import io.github.crmstrategy.rules.facts.IndicatorFact;
import io.github.crmstrategy.rules.facts.IndicatorRelation;
import io.github.crmstrategy.rules.facts.OrderViolation;
import io.github.crmstrategy.rules.facts.OrderingCheck;
import io.github.crmstrategy.rules.facts.Param;
import io.github.crmstrategy.rules.facts.PlanFact;
import io.github.crmstrategy.rules.facts.Reference;
import io.github.crmstrategy.rules.facts.RelationViolation;
import io.github.crmstrategy.rules.facts.Relations;
import io.github.crmstrategy.rules.facts.Scope;
import io.github.crmstrategy.rules.facts.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor: the realism rules of {@code realism.drl} (REAL-001..036) written by hand in plain
 * Java, over the same facts ({@link Internals#facts} plus the rule data tables), with no engine, as
 * they report before consequences are folded into their root causes (folding is one pass over the
 * findings, tested on its own). Each block mirrors one DRL rule: same conditions, same arithmetic
 * in the same order, same message text. Joins use hash maps (by kind, goal id, element id) like the
 * engine's == indexes, so the floor is linear in the plan size except where the rules themselves
 * pair indicators.
 *
 * <p>Two of the realism checks are data-driven mechanisms: the relations between indicators
 * (REAL-025..028, REAL-030: formulas of {@code indicator-relations.yaml}) and the benefit lag
 * (REAL-033: an ordering of {@code checks.yaml}). For those the floor evaluates the catalogue's
 * rows with the same public helpers the rules call ({@link Relations}, {@link Checks}): there it
 * checks the DRL's wiring (which rows reach which rule, which links and dates they follow), not the
 * arithmetic, which {@code RelationsTest} and the rule cases check.
 *
 * <p>Used as the performance floor of the benchmarks and as the test oracle of the Drools realism
 * rules. Keep it in step with {@code realism.drl}: the oracle test fails when they diverge.
 */
public final class HandWrittenRealism {
  private final Map<String, Double> parameters;
  private final Map<String, List<GrowthLimit>> limitsByKind = new HashMap<>();
  private final Map<String, List<BenchmarkRange>> rangesByIndustryKind = new HashMap<>();
  private final List<IndicatorRelation> relations;
  private final List<OrderingCheck> orderings;
  private final List<Param> params = new ArrayList<>();

  private static final Map<String, String> RELATION_SEVERITY =
      Map.of(
          "REAL-025", "WARNING",
          "REAL-026", "WARNING",
          "REAL-027", "WARNING",
          "REAL-028", "INFO",
          "REAL-030", "WARNING");

  /** The floor over the default pack's rule data. */
  public HandWrittenRealism() {
    this.parameters = Internals.parameters();
    parameters.forEach((k, v) -> params.add(new Param(k, v)));
    for (GrowthLimit l : Internals.growthLimits()) {
      limitsByKind.computeIfAbsent(l.kind(), k -> new ArrayList<>()).add(l);
    }
    for (BenchmarkRange r : Internals.benchmarkRanges()) {
      rangesByIndustryKind
          .computeIfAbsent(r.industry() + "\u0000" + r.kind(), k -> new ArrayList<>())
          .add(r);
    }
    this.relations = Internals.relations();
    this.orderings =
        Internals.orderings().stream().filter(o -> o.rule().equals("REAL-033")).toList();
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
    List<ContextFact> contexts = new ArrayList<>();
    List<Reference> supports = new ArrayList<>();
    List<Reference> links = new ArrayList<>();
    Map<String, DatedFact> dated = new HashMap<>();
    for (Object o : facts) {
      if (o instanceof IndicatorFact i) {
        indicators.add(i);
      } else if (o instanceof GoalFact g) {
        goals.add(g);
      } else if (o instanceof Reference r) {
        if (r.relation().equals("supports")) {
          supports.add(r);
        }
        links.add(r);
      } else if (o instanceof PlanFact p) {
        plans.add(p);
      } else if (o instanceof ContextFact c) {
        contexts.add(c);
      } else if (o instanceof DatedFact d) {
        dated.put(d.id(), d);
      }
    }
    List<RealismFinding> out = new ArrayList<>();
    Map<String, List<IndicatorFact>> byGoal = new HashMap<>();
    Map<String, List<IndicatorFact>> corporateByGoal = new HashMap<>();
    Map<String, List<IndicatorFact>> crmByGoal = new HashMap<>();
    for (IndicatorFact i : indicators) {
      byGoal.computeIfAbsent(i.goalId(), k -> new ArrayList<>()).add(i);
      (i.scope() == Scope.CRM ? crmByGoal : corporateByGoal)
          .computeIfAbsent(i.goalId(), k -> new ArrayList<>())
          .add(i);
    }
    goals(out, goals, byGoal);

    Double mult = param("realism.trendMultiplier.max");
    Double floor = param("realism.trendFloor");
    Double tol = param("realism.benchmarkTolerance");
    for (IndicatorFact i : indicators) {
      single(out, i, plans, mult, floor);
      if (tol != null) {
        for (ContextFact c : contexts) {
          benchmarks(out, i, c, tol);
        }
      }
    }
    for (ContextFact c : contexts) {
      industry(out, c, plans);
    }
    if (!plans.isEmpty()) {
      for (IndicatorRelation r : relations) {
        for (RelationViolation v : Relations.evaluate(r, indicators, supports, params)) {
          out.add(
              new RealismFinding(
                  v.rule(), v.path(), RELATION_SEVERITY.getOrDefault(v.rule(), ""), v.message()));
        }
      }
    }
    benefitLag(out, links, dated);
    for (Reference r : supports) {
      crmTargetBeyondCorporate(
          out,
          r,
          crmByGoal.getOrDefault(r.from(), List.of()),
          corporateByGoal.getOrDefault(r.to(), List.of()));
    }
    return out;
  }

  /** REAL-001..004 and REAL-034: rules on a goal and its indicators. */
  private void goals(
      List<RealismFinding> out, List<GoalFact> goals, Map<String, List<IndicatorFact>> byGoal) {
    Double min = param("realism.indicatorsPerGoal.min");
    Double max = param("realism.indicatorsPerGoal.max");
    for (GoalFact g : goals) {
      List<IndicatorFact> own = byGoal.getOrDefault(g.id(), List.of());
      if (g.scope() == Scope.CRM && g.indicatorCount() == 0) {
        add(
            out,
            "REAL-001",
            "ERROR",
            g.path(),
            Checks.goal(g) + " has no key indicator: its success cannot be measured");
      }
      if (g.scope() == Scope.CORPORATE && g.indicatorCount() == 0) {
        add(out, "REAL-002", "WARNING", g.path(), Checks.goal(g) + " has no key indicator");
      }
      if (min != null
          && g.scope() == Scope.CRM
          && g.indicatorCount() > 0
          && g.indicatorCount() < min
          && own.stream().allMatch(IndicatorFact::lagging)) {
        add(
            out,
            "REAL-003",
            "INFO",
            g.path(),
            Checks.goal(g)
                + " is measured only by "
                + Checks.sortedList(own.stream().map(IndicatorFact::kind).toList())
                + ", an outcome that moves late; nothing shows early whether the goal is on"
                + " course");
      }
      if (max != null && g.indicatorCount() > max) {
        add(
            out,
            "REAL-004",
            "INFO",
            g.path(),
            Checks.goal(g)
                + " has "
                + g.indicatorCount()
                + " indicators; at most "
                + Fmt.num(max)
                + " are recommended");
      }
      if (g.indicatorCount() > 0 && own.stream().allMatch(IndicatorFact::vanity)) {
        add(
            out,
            "REAL-034",
            "WARNING",
            g.path(),
            Checks.goal(g)
                + " is measured only by "
                + Checks.sortedList(own.stream().map(IndicatorFact::kind).toList())
                + ": attention, not value; it can be met while no customer stays or buys");
      }
    }
  }

  private void single(
      List<RealismFinding> out, IndicatorFact i, List<PlanFact> plans, Double mult, Double floor) {
    ElementPath path = i.path();
    String dir = i.direction();
    String named = Checks.indicator(i);
    String start = Texts.capitalize(named);
    if (!i.hasBaseline() && !i.hasTarget()) {
      List<String> missing = new ArrayList<>(List.of("baseline", "target"));
      if (i.unit().isEmpty()) {
        missing.add("unit");
      }
      if (dir.isEmpty()) {
        missing.add("direction");
      }
      add(
          out,
          "REAL-036",
          "WARNING",
          path,
          start
              + " is only a name: it has no "
              + Texts.list(missing)
              + ", so it cannot show whether the goal is met");
    }
    if (!i.hasBaseline()) {
      add(out, "REAL-005", "WARNING", path, start + " has no baseline");
    }
    if (i.unit().isEmpty()) {
      add(out, "REAL-006", "WARNING", path, start + " has no unit");
    }
    if (!i.hasTarget()) {
      add(out, "REAL-007", "WARNING", path, start + " has no target");
    }
    if (i.hasTarget() && i.targetDue() == null) {
      add(
          out,
          "REAL-008",
          "WARNING",
          path,
          "Target " + Fmt.num(i.target()) + " of " + named + " has no due date");
    }
    if (dir.equals("")) {
      add(
          out,
          "REAL-009",
          "WARNING",
          path,
          start + " has no direction (increase, decrease or maintain)");
    }
    natureAndScale(out, i, start);
    if (i.hasBaseline() && i.hasTarget() && i.target() == i.baseline() && !dir.equals("maintain")) {
      add(
          out,
          "REAL-010",
          "WARNING",
          path,
          start
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
          start
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
          start
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
          "Target of "
              + named
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
            "Target of "
                + named
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
            "Target of "
                + named
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
          "Baseline " + Fmt.num(i.baseline()) + " of " + named + " has no date");
    }
    pace(out, i, start, mult, floor);
  }

  /** REAL-031, REAL-032, REAL-024: the indicator's nature, its scales and its valid range. */
  private static void natureAndScale(List<RealismFinding> out, IndicatorFact i, String start) {
    String eff = i.effectiveDirection();
    String nat = i.naturalDirection();
    String st = i.statementDirection();
    boolean natural = nat.equals("increase") || nat.equals("decrease");
    if ((eff.equals("increase") || eff.equals("decrease"))
        && ((natural && !eff.equals(nat)) || (!st.isEmpty() && !st.equals(eff)))) {
      String how =
          i.direction().isEmpty()
              ? "its target "
                  + Fmt.num(i.target())
                  + " against its baseline "
                  + Fmt.num(i.baseline())
                  + " makes it "
                  + eff
              : "it is set to " + eff;
      List<String> against = new ArrayList<>();
      if (natural && !nat.equals(eff)) {
        against.add(i.kind() + " naturally should " + nat);
      }
      if (!st.isEmpty() && !st.equals(eff)) {
        against.add(
            "its goal " + i.goalId() + " says " + Texts.quote(i.goalStatement()) + " (" + st + ")");
      }
      add(
          out,
          "REAL-031",
          "WARNING",
          i.path(),
          start + ": " + how + ", but " + String.join(", and ", against));
    }
    if (!i.scaleMismatch().isEmpty()) {
      add(out, "REAL-032", "ERROR", i.path(), start + ": " + i.scaleMismatch());
    }
    double lo = i.rangeLow();
    double hi = i.rangeHigh();
    if (i.hasRange()
        && ((i.hasBaseline() && (i.baseline() < lo || i.baseline() > hi))
            || (i.hasTarget() && (i.target() < lo || i.target() > hi))
            || (i.historyCount() > 0 && (i.historyMin() < lo || i.historyMax() > hi))
            || (i.hasPeerMedian() && (i.peerMedian() < lo || i.peerMedian() > hi))
            || (i.hasTopQuartile() && (i.topQuartile() < lo || i.topQuartile() > hi)))) {
      add(
          out,
          "REAL-024",
          "ERROR",
          i.path(),
          start
              + " has values outside "
              + i.rangeText()
              + (i.kind().isEmpty() ? " for a percentage" : " for " + i.kind())
              + ": "
              + outsideRange(i));
    }
  }

  /** REAL-017..020: the pace a target needs, against the trend first, else the limits. */
  private void pace(
      List<RealismFinding> out, IndicatorFact i, String start, Double mult, Double floor) {
    ElementPath path = i.path();
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
          start
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
          start
              + " needs "
              + rate(i, req)
              + " to reach its target, but its history moved "
              + rate(i, trend));
    }
    String kind = i.kind();
    if (i.hasRequiredChange() && !i.hasTrend() && !i.growth().equals("steps")) {
      List<GrowthLimit> own = limitsByKind.get(kind);
      if (own != null && !kind.equals("")) {
        for (GrowthLimit l : own) {
          if (Math.abs(req) > l.maxYearlyChange()) {
            add(
                out,
                "REAL-019",
                "WARNING",
                path,
                start
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
                start
                    + (kind.isEmpty() ? "" : " (" + kind + ")")
                    + " needs "
                    + rate(i, req)
                    + ", above the general limit of "
                    + rate(i, l.maxYearlyChange()));
          }
        }
      }
    }
  }

  /** REAL-035: an industry the tables do not know, or none. */
  private static void industry(List<RealismFinding> out, ContextFact c, List<PlanFact> plans) {
    if (plans.isEmpty() || c.industryKnown()) {
      return;
    }
    if (c.industryText().isEmpty()) {
      add(
          out,
          "REAL-035",
          "WARNING",
          ElementPath.parse("organization"),
          "The plan names no industry: its targets are compared with cross-industry ranges only,"
              + " not with its peers'");
    } else {
      add(
          out,
          "REAL-035",
          "WARNING",
          ElementPath.parse("organization.industry"),
          "The industry "
              + Texts.quote(c.industryText())
              + " is not one the benchmark tables know"
              + (c.industrySuggestion().isEmpty()
                  ? ""
                  : " (did you mean " + Texts.quote(c.industrySuggestion()) + "?)")
              + ": its targets are compared with cross-industry ranges only");
    }
  }

  /** REAL-021..023: the target against its industry's (or any industry's) range and quartile. */
  private void benchmarks(List<RealismFinding> out, IndicatorFact i, ContextFact c, double tol) {
    String kind = i.kind();
    String named = Checks.indicator(i);
    if (i.hasTarget() && !kind.equals("")) {
      double t = i.target();
      List<BenchmarkRange> own = rangesByIndustryKind.get(c.industry() + "\u0000" + kind);
      if (!c.industry().isEmpty() && own != null) {
        for (BenchmarkRange b : preferred(own, c.businessModel())) {
          if (outside(t, b, tol) && !baselineOutsideAlready(i, b, tol)) {
            add(
                out,
                "REAL-021",
                "WARNING",
                i.path(),
                "Target "
                    + Fmt.num(t)
                    + " of "
                    + named
                    + " ("
                    + kind
                    + ") lies outside the "
                    + c.industry()
                    + modelText(b)
                    + " range "
                    + Fmt.num(b.low())
                    + ".."
                    + Fmt.num(b.high())
                    + " (tolerance "
                    + Fmt.num(tol)
                    + "%)");
          }
        }
      }
      if (own == null) {
        for (BenchmarkRange b :
            preferred(
                rangesByIndustryKind.getOrDefault("*\u0000" + kind, List.of()),
                c.businessModel())) {
          if (outside(t, b, tol) && !baselineOutsideAlready(i, b, tol)) {
            add(
                out,
                "REAL-022",
                "WARNING",
                i.path(),
                "Target "
                    + Fmt.num(t)
                    + " of "
                    + named
                    + " ("
                    + kind
                    + ") lies outside the cross-industry"
                    + modelText(b)
                    + " range "
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
    if (i.hasTarget() && i.hasTopQuartile()) {
      String dir = i.direction();
      double t = i.target();
      double tq = i.topQuartile();
      if ((dir.equals("increase") && t > tq + Math.abs(tq) * tol / 100)
          || (dir.equals("decrease") && t < tq - Math.abs(tq) * tol / 100)) {
        add(
            out,
            "REAL-023",
            "WARNING",
            i.path(),
            "Target "
                + Fmt.num(t)
                + " of "
                + named
                + " ("
                + dir
                + ") is beyond its benchmark top quartile "
                + Fmt.num(tq)
                + " by more than "
                + Fmt.num(tol)
                + "%");
      }
    }
  }

  /** The rows for the business model when there are any, else the rows for any business model. */
  private static List<BenchmarkRange> preferred(List<BenchmarkRange> rows, String model) {
    List<BenchmarkRange> exact =
        rows.stream().filter(r -> r.businessModel().equals(model)).toList();
    return exact.isEmpty()
        ? rows.stream().filter(r -> r.businessModel().equals("*")).toList()
        : exact;
  }

  private static String modelText(BenchmarkRange b) {
    return b.businessModel().equals("*") ? "" : " " + b.businessModel().toUpperCase();
  }

  /** REAL-033: the orderings of the benefit lag, one finding per indicator. */
  private void benefitLag(
      List<RealismFinding> out, List<Reference> links, Map<String, DatedFact> dated) {
    for (OrderingCheck o : orderings) {
      Map<String, List<OrderViolation>> byLater = new HashMap<>();
      for (Reference r : links) {
        if (!o.relations().contains(r.relation())) {
          continue;
        }
        DatedFact from = dated.get(r.from());
        DatedFact to = dated.get(r.to());
        if (from != null && to != null && Checks.breaks(o, from, to)) {
          OrderViolation v = Checks.violation(o, from, to);
          byLater.computeIfAbsent(v.laterId(), k -> new ArrayList<>()).add(v);
        }
      }
      byLater.forEach(
          (id, all) -> {
            DatedFact d = dated.get(id);
            if (d != null && d.kind().equals("indicator")) {
              add(out, "REAL-033", "WARNING", d.path(), Checks.orderMessage(all));
            }
          });
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
            && k.unitId().equals(c.unitId())
            && ((dir.equals("increase") && k.target() * k.unitScale() < t * c.unitScale())
                || (dir.equals("decrease") && k.target() * k.unitScale() > t * c.unitScale()))) {
          add(
              out,
              "REAL-029",
              "WARNING",
              c.path(),
              "CRM "
                  + Checks.indicator(c)
                  + " targets "
                  + Fmt.num(t)
                  + ", beyond the target "
                  + Fmt.num(k.target())
                  + " of corporate "
                  + Checks.indicator(k)
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

  /** The DRL function {@code baselineOutsideAlready}. */
  private static boolean baselineOutsideAlready(IndicatorFact i, BenchmarkRange b, double tol) {
    if (!i.hasBaseline()) {
      return false;
    }
    double hi = b.high() + Math.abs(b.high()) * tol / 100;
    double lo = b.low() - Math.abs(b.low()) * tol / 100;
    return (i.target() > hi && i.baseline() > hi) || (i.target() < lo && i.baseline() < lo);
  }

  /** The DRL function {@code rate}. */
  private static String rate(IndicatorFact i, double v) {
    if ("steps".equals(i.growth())) {
      String u = i.unit().isEmpty() || "count".equals(i.unit()) ? "" : " " + i.unit();
      return Fmt.num(v) + u + " a year";
    }
    return Fmt.num(v) + (i.changeInPoints() ? " points a year" : "% a year");
  }

  /** The DRL function {@code outsideRange}. */
  private static String outsideRange(IndicatorFact i) {
    List<String> out = new ArrayList<>();
    double lo = i.rangeLow();
    double hi = i.rangeHigh();
    if (i.hasBaseline() && (i.baseline() < lo || i.baseline() > hi)) {
      out.add("baseline " + Fmt.num(i.baseline()));
    }
    if (i.hasTarget() && (i.target() < lo || i.target() > hi)) {
      out.add("target " + Fmt.num(i.target()));
    }
    if (i.historyCount() > 0 && i.historyMin() < lo) {
      out.add("history value " + Fmt.num(i.historyMin()));
    }
    if (i.historyCount() > 0 && i.historyMax() > hi) {
      out.add("history value " + Fmt.num(i.historyMax()));
    }
    if (i.hasPeerMedian() && (i.peerMedian() < lo || i.peerMedian() > hi)) {
      out.add("benchmark peer median " + Fmt.num(i.peerMedian()));
    }
    if (i.hasTopQuartile() && (i.topQuartile() < lo || i.topQuartile() > hi)) {
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
