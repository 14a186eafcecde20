package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.text.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DRL side of the checks declared as data ({@link CoverageCheck}, {@link OrderingCheck}): when
 * a link breaks an ordering, the gap and violation facts the generic rules insert, and the messages
 * and evidence the reporting rules give them, filled in from the checks' templates.
 */
public final class Checks {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");
  private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)\\]");

  private Checks() {}

  /**
   * {@code template} with its placeholders ({@code {name}}) replaced by {@code values}; a part in
   * square brackets is kept (without the brackets) only when each of its placeholders has a
   * non-empty value.
   */
  public static String fill(String template, Map<String, String> values) {
    Matcher opt = OPTIONAL.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (opt.find()) {
      String part = opt.group(1);
      Matcher p = PLACEHOLDER.matcher(part);
      boolean keep = true;
      while (p.find()) {
        keep &= !values.getOrDefault(p.group(1), "").isEmpty();
      }
      opt.appendReplacement(sb, Matcher.quoteReplacement(keep ? part : ""));
    }
    opt.appendTail(sb);
    Matcher p = PLACEHOLDER.matcher(sb.toString());
    StringBuilder out = new StringBuilder();
    while (p.find()) {
      String v = values.get(p.group(1));
      p.appendReplacement(out, Matcher.quoteReplacement(v == null ? p.group() : v));
    }
    p.appendTail(out);
    return out.toString();
  }

  /** How messages name an element of kind {@code kind}: "corporate goal", "CRM task"... */
  public static String kindName(String kind) {
    return switch (kind) {
      case "corporateGoal" -> "corporate goal";
      case "crmGoal" -> "CRM goal";
      case "strategy" -> "corporate strategy";
      case "relationshipStrategy" -> "relationship strategy";
      case "task" -> "task";
      case "crmTask" -> "CRM task";
      case "environment" -> "environment statement";
      case "threat" -> "SWOT threat";
      case "weakness" -> "SWOT weakness";
      case "strength" -> "SWOT strength";
      case "opportunity" -> "SWOT opportunity";
      case "priorInitiative" -> "prior initiative";
      case "reusable" -> "reusable result";
      case "section" -> "concept section";
      case "crmVision" -> "CRM vision";
      default -> kind;
    };
  }

  /**
   * How messages name an element of {@code kind} in words any language can say: the pattern {@code
   * name.<kind>} with argument {@code named} (its id and words; its words alone for competitors,
   * lessons and reusable results, which have no id of their own).
   */
  public static Wording name(String kind, String id, String words) {
    boolean wordsOnly =
        kind.equals("competitor") || kind.equals("lesson") || kind.equals("reusable");
    return Wording.of(
        "name." + kind, "named", wordsOnly ? Wording.quote(words) : Wording.named(id, words));
  }

  /** {@link #name(String, String, String)} of {@code e}. */
  public static Wording nameWording(ElementFact e) {
    return name(e.kind(), e.id(), e.label());
  }

  /** How messages name {@code e}: kind, id and its words ({@code segment SME "Small..."}). */
  public static String name(ElementFact e) {
    if (e.kind().equals("competitor") || e.kind().equals("lesson") || e.kind().equals("reusable")) {
      return kindName(e.kind()) + " " + Texts.quote(e.label());
    }
    return Texts.named(kindName(e.kind()), e.id(), e.label());
  }

  /** How messages name a goal: {@code CRM goal CG1 "Keep almost every customer"}. */
  public static String goal(GoalFact g) {
    return Texts.named(
        g.scope() == Scope.CRM ? "CRM goal" : "Corporate goal", g.id(), g.statement());
  }

  /** How messages name a strategy: {@code Relationship strategy RS1 "..."}. */
  public static String strategy(StrategyFact s) {
    return Texts.named(
        s.scope() == Scope.CRM ? "Relationship strategy" : "Corporate strategy",
        s.id(),
        s.statement());
  }

  /** How messages name an indicator, in lower case: {@code indicator CLV "Customer..."}. */
  public static String indicator(IndicatorFact i) {
    return Texts.named("indicator", i.id(), i.name());
  }

  /** {@link #name(ElementFact)} with a capital first letter, to start a message. */
  public static String element(ElementFact e) {
    return Texts.capitalize(name(e));
  }

  /** The gap of element {@code e} for coverage check {@code c}, with its message filled in. */
  public static CoverageGap gap(CoverageCheck c, ElementFact e) {
    String rule = c.rule().isEmpty() ? "ALIGN-047" : c.rule();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("element", Texts.capitalize(name(e)));
    values.put("id", e.id());
    values.put("label", Texts.quote(e.label()));
    values.put("areas", String.join(", ", e.areas()));
    values.put("reason", e.reasons().getOrDefault(c.tag(), ""));
    values.put("parent", e.parentId());
    String template =
        c.message().isEmpty()
            ? "{element} is not served: nothing links to it through " + String.join(" or ", c.by())
            : c.message();
    List<Object> evidence = new ArrayList<>(List.of("check", c.id(), "element", e.id()));
    if (!e.areas().isEmpty()) {
      evidence.add("areas");
      evidence.add(String.join(",", e.areas()));
    }
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("name", nameWording(e));
    arguments.put("label", Wording.quote(e.label()));
    arguments.put(
        "reason",
        e.reasonWordings().containsKey(c.tag())
            ? e.reasonWordings().get(c.tag())
            : Wording.term("", values.get("reason")));
    arguments.put("parent", e.parentId());
    arguments.put("kind", e.kind());
    arguments.put("by", String.join(", ", c.by()));
    return new CoverageGap(
        rule,
        c.id(),
        e.kind(),
        e.id(),
        e.path(),
        e.parentId(),
        Texts.capitalize(fill(template, values)),
        List.copyOf(evidence),
        arguments);
  }

  private static LocalDate side(String side, DatedFact from, DatedFact to) {
    return switch (side) {
      case "from.start" -> from.start();
      case "from.end" -> from.end();
      case "to.start" -> to.start();
      default -> to.end();
    };
  }

  /** Whether the link from {@code from} to {@code to} breaks ordering {@code o}. */
  public static boolean breaks(OrderingCheck o, DatedFact from, DatedFact to) {
    if (from.live() || to.live()) {
      return false;
    }
    LocalDate earlier = side(o.earlier(), from, to);
    LocalDate later = side(o.later(), from, to);
    if (earlier == null || later == null) {
      return false;
    }
    return later.isBefore(plusMonths(earlier, o.lagMonths()));
  }

  private static LocalDate plusMonths(LocalDate date, double months) {
    long whole = (long) Math.floor(months);
    long days = Math.round((months - whole) * 30.4375);
    return date.plusMonths(whole).plusDays(days);
  }

  /** The violation of ordering {@code o} along the link from {@code from} to {@code to}. */
  public static OrderViolation violation(OrderingCheck o, DatedFact from, DatedFact to) {
    boolean laterIsFrom = o.later().startsWith("from");
    DatedFact later = laterIsFrom ? from : to;
    DatedFact earlier = laterIsFrom ? to : from;
    return new OrderViolation(
        o.rule().isEmpty() ? "ALIGN-046" : o.rule(),
        o.id(),
        later.id(),
        later.path(),
        later.label(),
        side(o.later(), from, to),
        earlier.id(),
        earlier.label(),
        side(o.earlier(), from, to),
        o.lagMonths(),
        o.message(),
        later.name(),
        earlier.name());
  }

  private static List<OrderViolation> sorted(List<?> violations) {
    List<OrderViolation> out = new ArrayList<>();
    for (Object o : violations) {
      out.add((OrderViolation) o);
    }
    out.sort(
        Comparator.comparing(OrderViolation::earlierDate)
            .thenComparing(OrderViolation::earlierId)
            .thenComparing(OrderViolation::check));
    return out;
  }

  /**
   * The message of the violations of one element on the later side (all of one check's rule), from
   * the first check's template.
   */
  public static String orderMessage(List<?> violations) {
    List<OrderViolation> all = sorted(violations);
    OrderViolation first = all.get(0);
    List<String> earlier = new ArrayList<>();
    boolean before = false;
    boolean soon = false;
    for (OrderViolation v : all) {
      String item = v.earlierLabel() + " on " + v.earlierDate();
      if (!earlier.contains(item)) {
        earlier.add(item);
      }
      if (v.laterDate().isBefore(v.earlierDate())) {
        before = true;
      } else {
        soon = true;
      }
    }
    double lag = first.lagMonths();
    String after = "less than " + Fmt.num(lag) + " month" + (lag == 1 ? "" : "s") + " after";
    String when = lag <= 0 || !soon ? "before" : before ? "before, or " + after + "," : after;
    Map<String, String> values = new LinkedHashMap<>();
    values.put("later", first.laterLabel());
    values.put("laterDate", first.laterDate().toString());
    values.put("when", when);
    values.put("earlier", Texts.list(earlier));
    String template =
        first.message().isEmpty()
            ? "{later} ({laterDate}) comes {when} what it is linked to: {earlier}"
            : first.message();
    return Texts.capitalize(fill(template, values));
  }

  /**
   * The arguments of {@link #orderMessage} for its translations: {@code later} (the element's
   * name), {@code laterDate}, {@code when} ({@code before}, {@code soon} or {@code beforeOrSoon}),
   * {@code lag} (the months required) and {@code earlier} (what it is linked to, each with its
   * date).
   */
  public static Map<String, Object> orderArguments(List<?> violations) {
    List<OrderViolation> all = sorted(violations);
    OrderViolation first = all.get(0);
    List<Wording> earlier = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    boolean before = false;
    boolean soon = false;
    for (OrderViolation v : all) {
      String item = v.earlierLabel() + " on " + v.earlierDate();
      if (!seen.contains(item)) {
        seen.add(item);
        earlier.add(
            Wording.of(
                "order.earlier", "name", v.earlierName(), "date", v.earlierDate().toString()));
      }
      if (v.laterDate().isBefore(v.earlierDate())) {
        before = true;
      } else {
        soon = true;
      }
    }
    double lag = first.lagMonths();
    String when = lag <= 0 || !soon ? "before" : before ? "beforeOrSoon" : "soon";
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("later", first.laterName());
    out.put("laterDate", first.laterDate().toString());
    out.put("when", Wording.of("order.when", "when", when, "lag", lag));
    out.put("earlier", earlier);
    return out;
  }

  /** The evidence of the violations of one element on the later side. */
  public static Object[] orderEvidence(List<?> violations) {
    List<OrderViolation> all = sorted(violations);
    List<Object> out = new ArrayList<>();
    out.add("check");
    out.add(all.get(0).check());
    out.add("date");
    out.add(all.get(0).laterDate());
    List<String> earlier = new ArrayList<>();
    for (OrderViolation v : all) {
      earlier.add(v.earlierId() + " " + v.earlierDate());
    }
    out.add("linked");
    out.add(String.join(", ", earlier));
    if (all.get(0).lagMonths() > 0) {
      out.add("lagMonths");
      out.add(all.get(0).lagMonths());
    }
    return out.toArray();
  }

  /** {@code texts} sorted, as a reader's list of quotations. */
  public static String quotedList(List<?> texts) {
    List<String> out = new ArrayList<>();
    for (Object t : texts) {
      out.add(Texts.quote(String.valueOf(t)));
    }
    out.sort(Comparator.naturalOrder());
    return Texts.list(out);
  }

  /**
   * The element facts {@code elements} named by their ids and words ({@link Wording#named}), in the
   * order of their English names ({@link #name(ElementFact)}).
   */
  public static List<Wording> namedList(List<?> elements) {
    List<ElementFact> out = new ArrayList<>();
    for (Object o : elements) {
      out.add((ElementFact) o);
    }
    out.sort(Comparator.comparing(Checks::name));
    return out.stream().map(e -> Wording.named(e.id(), e.label())).toList();
  }

  /** {@code texts} quoted ({@link Wording#quote}), in the order of {@link #quotedList}. */
  public static List<Wording> quotes(List<?> texts) {
    List<String> out = new ArrayList<>();
    for (Object t : texts) {
      out.add(String.valueOf(t));
    }
    out.sort(Comparator.comparing(Texts::quote));
    return out.stream().map(Wording::quote).toList();
  }

  /**
   * A value of an indicator in words any language can say: {@code kind} is {@code baseline}, {@code
   * target}, {@code history}, {@code historyValue}, {@code peerMedian} or {@code topQuartile}.
   */
  public static Wording value(String kind, double value) {
    return Wording.of("value", "kind", kind, "value", value);
  }

  /** An indicator kind by its name ({@code indicatorKind.<id>}), its id where it has none. */
  public static Wording indicatorKindName(String kind) {
    return Wording.term(kind.isEmpty() ? "" : "indicatorKind." + kind, kind);
  }

  /** Indicator kinds by their names, in the order of their ids. */
  public static List<Wording> indicatorKindNames(List<?> kinds) {
    List<String> out = new ArrayList<>();
    for (Object k : kinds) {
      out.add(String.valueOf(k));
    }
    out.sort(Comparator.naturalOrder());
    return out.stream().map(Checks::indicatorKindName).toList();
  }

  /** {@code ids} as terms {@code prefix + id}, each id where it has none, in their order. */
  public static List<Wording> terms(String prefix, List<?> ids) {
    List<Wording> out = new ArrayList<>();
    for (Object id : ids) {
      out.add(Wording.term(prefix + id, String.valueOf(id)));
    }
    return out;
  }

  /**
   * Concept sections by their names ({@code section.<id>}), each id where it has none, quoted
   * ({@code quotedSection}), in the order of their ids.
   */
  public static List<Wording> sectionNames(List<?> ids) {
    List<String> out = new ArrayList<>();
    for (Object id : ids) {
      out.add(String.valueOf(id));
    }
    out.sort(Comparator.naturalOrder());
    return terms("section.", out).stream()
        .map(t -> Wording.of("quotedSection", "name", t))
        .toList();
  }

  /** {@code items} as strings, sorted and joined as a reader expects. */
  public static String sortedList(List<?> items) {
    List<String> out = new ArrayList<>();
    for (Object t : items) {
      out.add(String.valueOf(t));
    }
    out.sort(Comparator.naturalOrder());
    return Texts.list(out);
  }
}
