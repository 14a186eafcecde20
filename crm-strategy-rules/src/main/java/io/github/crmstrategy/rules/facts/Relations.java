package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.text.Wording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The relations of the indicator catalogue ({@link IndicatorRelation}) as formulas: parsing and
 * checking them on a plan's indicators. A formula is {@code LEFT OP RIGHT} with {@code OP} one of
 * {@code = <= >= < >}; each side is arithmetic ({@code + - * /}, parentheses, unary minus) over
 * numbers, indicator kinds and {@code {parameter}} names.
 *
 * <p>Which indicators a formula is checked on: those of one goal when it has every kind the formula
 * names; else those of a CRM goal together with a corporate goal it supports; else, when every kind
 * occurs exactly once in the plan, those. Money values are compared in plain units (a value in
 * thousands is multiplied out); a relation whose {@code sameUnit} kinds differ in unit, or whose
 * {@code units} a kind does not have, is not checked. An indicator whose values are on different
 * scales ({@link IndicatorFact#scaleMismatch()}) is left out.
 */
public final class Relations {
  private Relations() {}

  /** A parsed formula: two sides and the comparison between them. */
  public record Formula(Expr left, String op, Expr right, String text) {
    /** The kinds the formula names, in order of appearance. */
    public List<String> kinds() {
      Set<String> out = new LinkedHashSet<>();
      left.kinds(out);
      right.kinds(out);
      return List.copyOf(out);
    }

    /** The parameters the formula names. */
    public List<String> params() {
      Set<String> out = new LinkedHashSet<>();
      left.params(out);
      right.params(out);
      return List.copyOf(out);
    }

    /** The formula as written, with the parameters' values in place of their names. */
    public String shown(Map<String, Double> params) {
      String s = text;
      for (String p : params()) {
        Double v = params.get(p);
        if (v != null) {
          s = s.replace("{" + p + "}", Fmt.num(v));
        }
      }
      return s;
    }
  }

  /** A side of a formula. */
  public sealed interface Expr {
    /** Its value, or {@code NaN} when a name has no value or a division by zero occurs. */
    double value(Map<String, Double> kinds, Map<String, Double> params);

    /** Adds the kinds it names to {@code out}. */
    default void kinds(Set<String> out) {}

    /** Adds the parameters it names to {@code out}. */
    default void params(Set<String> out) {}
  }

  record Num(double v) implements Expr {
    @Override
    public double value(Map<String, Double> kinds, Map<String, Double> params) {
      return v;
    }
  }

  record Kind(String name) implements Expr {
    @Override
    public double value(Map<String, Double> kinds, Map<String, Double> params) {
      Double v = kinds.get(name);
      return v == null ? Double.NaN : v;
    }

    @Override
    public void kinds(Set<String> out) {
      out.add(name);
    }
  }

  record Par(String name) implements Expr {
    @Override
    public double value(Map<String, Double> kinds, Map<String, Double> params) {
      Double v = params.get(name);
      return v == null ? Double.NaN : v;
    }

    @Override
    public void params(Set<String> out) {
      out.add(name);
    }
  }

  record Neg(Expr e) implements Expr {
    @Override
    public double value(Map<String, Double> kinds, Map<String, Double> params) {
      return -e.value(kinds, params);
    }

    @Override
    public void kinds(Set<String> out) {
      e.kinds(out);
    }

    @Override
    public void params(Set<String> out) {
      e.params(out);
    }
  }

  record Bin(char op, Expr a, Expr b) implements Expr {
    @Override
    public double value(Map<String, Double> kinds, Map<String, Double> params) {
      double x = a.value(kinds, params);
      double y = b.value(kinds, params);
      return switch (op) {
        case '+' -> x + y;
        case '-' -> x - y;
        case '*' -> x * y;
        default -> y == 0 ? Double.NaN : x / y;
      };
    }

    @Override
    public void kinds(Set<String> out) {
      a.kinds(out);
      b.kinds(out);
    }

    @Override
    public void params(Set<String> out) {
      a.params(out);
      b.params(out);
    }
  }

  private static final Map<String, Formula> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * {@code formula} parsed (and cached).
   *
   * @throws IllegalArgumentException when it is not a formula, saying where
   */
  public static Formula parse(String formula) {
    Formula cached = PARSED.get(formula);
    if (cached != null) {
      return cached;
    }
    Formula f = new Parser(formula).relation();
    if (PARSED.size() < 1000) {
      PARSED.put(formula, f);
    }
    return f;
  }

  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s == null ? "" : s;
    }

    Formula relation() {
      Expr left = expr();
      skip();
      String op;
      if (s.startsWith("<=", i) || s.startsWith(">=", i)) {
        op = s.substring(i, i + 2);
        i += 2;
      } else if (i < s.length() && "=<>".indexOf(s.charAt(i)) >= 0) {
        op = String.valueOf(s.charAt(i));
        i++;
      } else {
        throw error("expected one of = <= >= < >");
      }
      Expr right = expr();
      skip();
      if (i < s.length()) {
        throw error("unexpected '" + s.charAt(i) + "'");
      }
      return new Formula(left, op, right, s.strip());
    }

    Expr expr() {
      Expr e = term();
      while (true) {
        skip();
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
          char op = s.charAt(i++);
          e = new Bin(op, e, term());
        } else {
          return e;
        }
      }
    }

    Expr term() {
      Expr e = factor();
      while (true) {
        skip();
        if (i < s.length() && (s.charAt(i) == '*' || s.charAt(i) == '/')) {
          char op = s.charAt(i++);
          e = new Bin(op, e, factor());
        } else {
          return e;
        }
      }
    }

    Expr factor() {
      skip();
      if (i >= s.length()) {
        throw error("expected a number, a kind, a {parameter} or '('");
      }
      char c = s.charAt(i);
      if (c == '-') {
        i++;
        return new Neg(factor());
      }
      if (c == '(') {
        i++;
        Expr e = expr();
        skip();
        if (i >= s.length() || s.charAt(i) != ')') {
          throw error("expected ')'");
        }
        i++;
        return e;
      }
      if (c == '{') {
        int end = s.indexOf('}', i);
        if (end < 0) {
          throw error("expected '}'");
        }
        String name = s.substring(i + 1, end).strip();
        if (name.isEmpty()) {
          throw error("empty {parameter}");
        }
        i = end + 1;
        return new Par(name);
      }
      if (Character.isDigit(c) || c == '.') {
        int start = i;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
          i++;
        }
        try {
          return new Num(Double.parseDouble(s.substring(start, i)));
        } catch (NumberFormatException e) {
          throw error("not a number: " + s.substring(start, i));
        }
      }
      if (Character.isLetter(c)) {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
          i++;
        }
        return new Kind(s.substring(start, i));
      }
      throw error("unexpected '" + c + "'");
    }

    void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException(
          "formula '" + s + "', at character " + (i + 1) + ": " + what);
    }
  }

  /**
   * The violations of {@code relation} among {@code indicators}: one per set of indicators the
   * formula is checked on whose baselines or targets break it.
   *
   * @param relation the relation
   * @param indicators every indicator of the plan
   * @param supports the plan's {@code supports} references (CRM goal to corporate goal)
   * @param params the rule parameters
   */
  public static List<RelationViolation> evaluate(
      IndicatorRelation relation,
      List<IndicatorFact> indicators,
      List<Reference> supports,
      List<Param> params) {
    Map<String, Double> values = new HashMap<>();
    for (Param p : params) {
      values.put(p.name(), p.value());
    }
    Formula formula = parse(relation.formula());
    List<String> kinds = formula.kinds();
    if (kinds.isEmpty()) {
      return List.of();
    }
    List<IndicatorFact> usable = new ArrayList<>();
    for (IndicatorFact i : indicators) {
      if (kinds.contains(i.kind()) && i.scaleMismatch().isEmpty()) {
        usable.add(i);
      }
    }
    usable.sort(Comparator.comparing(i -> i.path().toString()));
    List<List<IndicatorFact>> bindings = bindings(kinds, usable, supports);
    List<RelationViolation> out = new ArrayList<>();
    for (List<IndicatorFact> binding : bindings) {
      violation(relation, formula, kinds, binding, values).ifPresent(out::add);
    }
    return out;
  }

  /** Sets of indicators, one per kind in {@code kinds} order, that the formula is checked on. */
  static List<List<IndicatorFact>> bindings(
      List<String> kinds, List<IndicatorFact> usable, List<Reference> supports) {
    Map<String, List<IndicatorFact>> byGoal = new LinkedHashMap<>();
    for (IndicatorFact i : usable) {
      byGoal.computeIfAbsent(i.goalId(), g -> new ArrayList<>()).add(i);
    }
    Set<String> seen = new TreeSet<>();
    List<List<IndicatorFact>> out = new ArrayList<>();
    Set<String> complete = new java.util.HashSet<>();
    for (Map.Entry<String, List<IndicatorFact>> e : byGoal.entrySet()) {
      if (combine(kinds, e.getValue(), out, seen)) {
        complete.add(e.getKey());
      }
    }
    List<Reference> pairs = new ArrayList<>(supports);
    pairs.sort(Comparator.comparing((Reference r) -> r.from()).thenComparing(Reference::to));
    for (Reference r : pairs) {
      if (complete.contains(r.from()) || complete.contains(r.to())) {
        continue;
      }
      List<IndicatorFact> both = new ArrayList<>(byGoal.getOrDefault(r.from(), List.of()));
      both.addAll(byGoal.getOrDefault(r.to(), List.of()));
      combine(kinds, both, out, seen);
    }
    if (out.isEmpty()) {
      boolean once = true;
      for (String k : kinds) {
        once &= usable.stream().filter(i -> i.kind().equals(k)).count() == 1;
      }
      if (once) {
        combine(kinds, usable, out, seen);
      }
    }
    return out;
  }

  /** Adds every combination of one indicator per kind from {@code pool}; true when there is one. */
  private static boolean combine(
      List<String> kinds,
      List<IndicatorFact> pool,
      List<List<IndicatorFact>> out,
      Set<String> seen) {
    List<List<IndicatorFact>> partial = new ArrayList<>();
    partial.add(new ArrayList<>());
    for (String k : kinds) {
      List<IndicatorFact> options = pool.stream().filter(i -> i.kind().equals(k)).toList();
      if (options.isEmpty()) {
        return false;
      }
      List<List<IndicatorFact>> next = new ArrayList<>();
      for (List<IndicatorFact> p : partial) {
        for (IndicatorFact o : options) {
          if (next.size() >= 50) {
            break;
          }
          List<IndicatorFact> q = new ArrayList<>(p);
          q.add(o);
          next.add(q);
        }
      }
      partial = next;
    }
    for (List<IndicatorFact> b : partial) {
      String key = b.stream().map(IndicatorFact::id).sorted().toList().toString();
      if (seen.add(key)) {
        out.add(b);
      }
    }
    return true;
  }

  private static java.util.Optional<RelationViolation> violation(
      IndicatorRelation relation,
      Formula formula,
      List<String> kinds,
      List<IndicatorFact> binding,
      Map<String, Double> params) {
    for (Map.Entry<String, String> u : relation.units().entrySet()) {
      int at = kinds.indexOf(u.getKey());
      if (at >= 0 && !binding.get(at).unitId().equalsIgnoreCase(u.getValue())) {
        return java.util.Optional.empty();
      }
    }
    String unit = null;
    for (String k : relation.sameUnit()) {
      int at = kinds.indexOf(k);
      if (at < 0) {
        continue;
      }
      String u = binding.get(at).unitId();
      if (unit == null) {
        unit = u;
      } else if (!unit.equalsIgnoreCase(u)) {
        return java.util.Optional.empty();
      }
    }
    double tolerance =
        relation.toleranceParam().isEmpty()
            ? relation.tolerance()
            : params.getOrDefault(relation.toleranceParam(), relation.tolerance());
    List<String> broken = new ArrayList<>();
    List<Wording> brokenWords = new ArrayList<>();
    List<Object> evidence = new ArrayList<>();
    evidence.add("relation");
    evidence.add(relation.id());
    evidence.add("formula");
    evidence.add(formula.shown(params));
    for (String side : List.of("targets", "baselines")) {
      if (!relation.on().contains(side)) {
        continue;
      }
      boolean targets = side.equals("targets");
      Map<String, Double> vars = new HashMap<>();
      List<String> shown = new ArrayList<>();
      List<Object> shownValues = new ArrayList<>();
      boolean complete = true;
      for (int k = 0; k < kinds.size(); k++) {
        IndicatorFact i = binding.get(k);
        boolean has = targets ? i.hasTarget() : i.hasBaseline();
        if (!has) {
          complete = false;
          break;
        }
        double raw = targets ? i.target() : i.baseline();
        vars.put(kinds.get(k), raw * (i.dimension().equals("money") ? i.unitScale() : 1));
        shown.add(Fmt.num(raw));
        shownValues.add(raw);
      }
      if (!complete) {
        continue;
      }
      double left = formula.left().value(vars, params);
      double right = formula.right().value(vars, params);
      if (Double.isNaN(left) || Double.isNaN(right)) {
        continue;
      }
      double tol = relation.relative() ? Math.abs(right) * tolerance / 100 : tolerance;
      if (holds(formula.op(), left, right, tol)) {
        continue;
      }
      broken.add(
          "with their "
              + side
              + " ("
              + String.join(", ", shown)
              + ") the left side is "
              + Fmt.num(left)
              + " and the right side "
              + Fmt.num(right));
      brokenWords.add(
          Wording.of(
              "relation.side",
              "side",
              side,
              "values",
              Wording.join(", ", shownValues),
              "left",
              left,
              "right",
              right));
      evidence.add(side + "Left");
      evidence.add(left);
      evidence.add(side + "Right");
      evidence.add(right);
    }
    if (broken.isEmpty()) {
      return java.util.Optional.empty();
    }
    evidence.add("tolerance");
    evidence.add(
        relation.relative() ? Fmt.num(tolerance) + "% of the right side" : Fmt.num(tolerance));
    List<String> names = new ArrayList<>();
    List<Wording> nameWords = new ArrayList<>();
    for (int k = 0; k < kinds.size(); k++) {
      IndicatorFact i = binding.get(k);
      names.add(Texts.named("", i.id(), i.name()) + " (" + kinds.get(k) + ")");
      nameWords.add(
          Wording.of(
              "relation.indicator",
              "named",
              Wording.named(i.id(), i.name()),
              "indicatorKind",
              Checks.indicatorKindName(kinds.get(k))));
      evidence.add(kinds.get(k));
      evidence.add(i.path().toString());
    }
    String tolText =
        tolerance == 0
            ? ""
            : " (tolerance "
                + Fmt.num(tolerance)
                + (relation.relative() ? "% of the right side" : "")
                + ")";
    String message =
        "Indicators "
            + Texts.list(names)
            + " break "
            + formula.shown(params)
            + tolText
            + ": "
            + String.join("; ", broken)
            + (relation.explanation().isEmpty()
                ? ""
                : ". " + Texts.capitalize(relation.explanation()));
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("indicators", nameWords);
    arguments.put("formula", formula.shown(params));
    arguments.put("tolerance", tolerance);
    arguments.put("relative", relation.relative());
    arguments.put("sides", Wording.join("; ", brokenWords));
    arguments.put(
        "explanation",
        Wording.term(
            "relation." + relation.id() + ".explanation",
            Texts.capitalize(relation.explanation())));
    return java.util.Optional.of(
        new RelationViolation(
            relation.rule().isEmpty() ? "REAL-030" : relation.rule(),
            relation.id(),
            binding.get(0).path(),
            message,
            List.copyOf(evidence),
            arguments));
  }

  static boolean holds(String op, double left, double right, double tol) {
    return switch (op) {
      case "=" -> Math.abs(left - right) <= tol + 1e-9;
      case "<=" -> left <= right + tol + 1e-9;
      case ">=" -> left >= right - tol - 1e-9;
      case "<" -> left < right + tol;
      default -> left > right - tol;
    };
  }
}
