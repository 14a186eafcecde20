package io.github.crmstrategy.rules.internal.facts;

import io.github.crmstrategy.rules.facts.IndicatorKind;
import io.github.crmstrategy.rules.facts.Industry;
import io.github.crmstrategy.rules.facts.Param;
import io.github.crmstrategy.rules.facts.Texts;
import io.github.crmstrategy.rules.facts.UnitScale;
import io.github.crmstrategy.rules.facts.UnitSpec;
import io.github.crmstrategy.rules.facts.VocabularyConcept;
import io.github.crmstrategy.text.KeyTerms;
import io.github.crmstrategy.text.Suggestions;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the rule data says about words, read once per rule pack: the indicator catalogue (kinds and
 * units), the industries and the vocabulary, compiled for matching. Fact extraction uses it to
 * resolve an indicator's kind and unit, the plan's industry, and the vocabulary concepts of every
 * statement. Immutable and thread-safe.
 */
public final class Semantics {
  /** Name of the parameter below which a count is judged by steps, not by a compound rate. */
  public static final String SMALL_COUNT_PARAM = "realism.smallCount.max";

  /** A unit as the catalogue reads it. */
  public record Unit(String id, String dimension, double scale) {
    static final Unit NONE = new Unit("", "", 1);
  }

  /** A vocabulary concept: {@code group} is its group in {@link #allConcepts}. */
  private record Concept(String id, String type, int group, java.util.Set<String> bareTerms) {}

  /** The concepts of one type, {@code ids[g]} the id of group {@code g} of {@code index}. */
  private record TypeIndex(TermIndex index, List<String> ids) {}

  private final Map<String, IndicatorKind> kindsByKey = new HashMap<>();
  private final Map<String, TermIndex> kindMentions = new HashMap<>();
  private final List<Map.Entry<Pattern, IndicatorKind>> kindNames = new ArrayList<>();
  private final Map<String, UnitSpec> unitsByName = new HashMap<>();
  private final List<UnitScale> scales;
  private final Map<String, Industry> industriesByName = new HashMap<>();
  // Russian names compared by their stems when the exact form is not in the table.
  private final Map<String, Industry> industriesByStem = new HashMap<>();
  private final Map<String, UnitSpec> unitsByStem = new HashMap<>();
  private final List<String> industryNames = new ArrayList<>();
  private final List<Concept> concepts = new ArrayList<>();
  private final Map<String, Concept> conceptsById = new LinkedHashMap<>();
  private final TermIndex allConcepts;
  private final Map<String, TypeIndex> conceptsByType = new HashMap<>();
  private final double smallCount;

  private Semantics(List<?> data) {
    List<UnitScale> sc = new ArrayList<>();
    Map<String, List<String>> terms = new LinkedHashMap<>();
    Map<String, String> types = new HashMap<>();
    double small = 0;
    for (Object o : data) {
      if (o instanceof IndicatorKind k) {
        kindMentions.put(
            k.id(), TermIndex.of(List.of(k.names().stream().map(n -> "=" + n).toList())));
        kindsByKey.put(key(k.id()), k);
        for (String n : k.names()) {
          kindsByKey.putIfAbsent(key(n), k);
          kindNames.add(Map.entry(Texts.matcher(List.of("=" + n)), k));
        }
      } else if (o instanceof UnitSpec u) {
        unitsByName.put(unitKey(u.id()), u);
        for (String n : u.names()) {
          unitsByName.putIfAbsent(unitKey(n), u);
          unitsByStem.putIfAbsent(KeyTerms.stemmedPhrase(n), u);
        }
      } else if (o instanceof UnitScale s) {
        sc.add(s);
      } else if (o instanceof Industry ind) {
        industriesByName.put(Texts.normalize(ind.id()), ind);
        industryNames.add(ind.id());
        for (String n : ind.names()) {
          industriesByName.putIfAbsent(Texts.normalize(n), ind);
          industriesByStem.putIfAbsent(KeyTerms.stemmedPhrase(n), ind);
          industryNames.add(n);
        }
      } else if (o instanceof VocabularyConcept c) {
        terms.computeIfAbsent(c.id(), x -> new ArrayList<>()).addAll(c.terms());
        types.putIfAbsent(c.id(), c.type());
      } else if (o instanceof Param p && p.name().equals(SMALL_COUNT_PARAM)) {
        small = p.value();
      }
    }
    kindNames.sort(
        Comparator.comparingInt(
                (Map.Entry<Pattern, IndicatorKind> e) -> e.getKey().pattern().length())
            .reversed());
    scales = List.copyOf(sc);
    List<List<String>> groups = new ArrayList<>();
    Map<String, List<String>> idsByType = new LinkedHashMap<>();
    Map<String, List<List<String>>> groupsByType = new HashMap<>();
    terms.forEach(
        (id, list) -> {
          Concept c =
              new Concept(
                  id,
                  types.get(id),
                  groups.size(),
                  list.stream()
                      .map(t -> Texts.bare(t.startsWith("=") ? t.substring(1) : t))
                      .collect(java.util.stream.Collectors.toUnmodifiableSet()));
          groups.add(list);
          concepts.add(c);
          conceptsById.put(id, c);
          String type = String.valueOf(c.type());
          idsByType.computeIfAbsent(type, t -> new ArrayList<>()).add(id);
          groupsByType.computeIfAbsent(type, t -> new ArrayList<>()).add(list);
        });
    this.allConcepts = TermIndex.of(groups);
    idsByType.forEach(
        (type, ids) ->
            conceptsByType.put(
                type, new TypeIndex(TermIndex.of(groupsByType.get(type)), List.copyOf(ids))));
    this.smallCount = small;
  }

  /** The semantics of the rule-data facts {@code data} (other facts are ignored). */
  public static Semantics of(List<?> data) {
    return new Semantics(data);
  }

  /** Semantics that know no kind, unit, industry or term. */
  public static Semantics empty() {
    return new Semantics(List.of());
  }

  /** Counts up to this baseline are judged by steps (0: only kinds whose growth is steps). */
  double smallCount() {
    return smallCount;
  }

  /** Key of a kind or kind name: lower case, letters and digits only. */
  static String key(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toLowerCase(Locale.ROOT).replace('ё', 'е').toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String unitKey(String s) {
    String k = Texts.normalize(s);
    while (k.endsWith(".") && k.length() > 1) {
      k = k.substring(0, k.length() - 1);
    }
    return k;
  }

  /**
   * The catalogue kind of an indicator: its {@code kind} when that is a kind or a synonym of the
   * catalogue; without a kind, the longest catalogue name its {@code name} contains.
   */
  Optional<IndicatorKind> kind(String kindText, String name) {
    if (!kindText.isBlank()) {
      return Optional.ofNullable(kindsByKey.get(key(kindText)));
    }
    if (name.isBlank()) {
      return Optional.empty();
    }
    String n = Texts.normalize(name);
    for (Map.Entry<Pattern, IndicatorKind> e : kindNames) {
      if (e.getKey().matcher(n).find()) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** Whether {@code text} names catalogue kind {@code kind} by one of its names, as whole words. */
  boolean mentionsKind(String text, IndicatorKind kind) {
    TermIndex names = kindMentions.get(kind.id());
    return names != null
        ? names.mentions(Texts.normalize(text), 0)
        : Texts.mentionsAny(text, kind.names().stream().map(n -> "=" + n).toList());
  }

  /** The unit the catalogue reads in {@code text} (a scale word before or after it). */
  Unit unit(String text) {
    if (text == null || text.isBlank()) {
      return Unit.NONE;
    }
    String s = Texts.normalize(text).replaceAll("(тыс|млн|млрд)\\.(?=\\p{L})", "$1. ");
    UnitSpec whole = unitsByName.get(unitKey(s));
    if (whole == null && KeyTerms.stemmedPhrase(s).matches(".*\\p{IsCyrillic}.*")) {
      whole = unitsByStem.get(KeyTerms.stemmedPhrase(s));
    }
    if (whole != null) {
      return new Unit(whole.id(), whole.dimension(), 1);
    }
    String[] tokens = s.split(" ");
    for (UnitScale scale : scales) {
      for (String name : scale.names()) {
        String n = unitKey(name);
        String rest = null;
        if (unitKey(tokens[0]).equals(n)) {
          rest = String.join(" ", java.util.Arrays.copyOfRange(tokens, 1, tokens.length));
        } else if (tokens.length > 1 && unitKey(tokens[tokens.length - 1]).equals(n)) {
          rest = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, tokens.length - 1));
        }
        if (rest == null) {
          continue;
        }
        if (rest.isBlank()) {
          return new Unit("count", "count", scale.factor());
        }
        UnitSpec u = unitsByName.get(unitKey(rest));
        if (u != null) {
          return new Unit(u.id(), u.dimension(), scale.factor());
        }
      }
    }
    return new Unit(s, "other", 1);
  }

  /** The industry the plan's {@code industry} names. */
  Optional<Industry> industry(String text) {
    Industry exact = industriesByName.get(Texts.normalize(text));
    return exact != null
        ? Optional.of(exact)
        : Optional.ofNullable(industriesByStem.get(KeyTerms.stemmedPhrase(text)));
  }

  /** The known industry name closest to {@code text}, when one is close. */
  Optional<String> suggestIndustry(String text) {
    Map<String, String> byNormal = new LinkedHashMap<>();
    industryNames.forEach(n -> byNormal.putIfAbsent(Texts.normalize(n), n));
    return Suggestions.closest(Texts.normalize(text), byNormal.keySet()).map(byNormal::get);
  }

  /** Ids of the concepts of {@code type} that {@code text} mentions, sorted. */
  List<String> concepts(String text, String type) {
    TypeIndex byType = conceptsByType.get(type);
    if (byType == null || text == null || text.isBlank()) {
      return List.of();
    }
    BitSet found = byType.index().find(Texts.normalize(text));
    if (found.isEmpty()) {
      return List.of();
    }
    TreeSet<String> out = new TreeSet<>();
    found.stream().forEach(g -> out.add(byType.ids().get(g)));
    return List.copyOf(out);
  }

  /** Whether {@code text} mentions concept {@code id}. */
  boolean mentions(String text, String id) {
    Concept c = conceptsById.get(id);
    return c != null && allConcepts.mentions(Texts.normalize(text), c.group());
  }

  /**
   * Whether {@code text} stands for nothing: no letter or digit, a placeholder of the vocabulary
   * ("TBD", "-"), or a word that marks it unfinished.
   */
  boolean placeholder(String text) {
    String bare = Texts.bare(text);
    if (bare.isEmpty()) {
      return true;
    }
    for (Concept c : concepts) {
      if ("placeholder".equals(c.type()) && c.bareTerms().contains(bare)) {
        return true;
      }
    }
    TypeIndex markers = conceptsByType.get("marker");
    return markers != null && !markers.index().find(Texts.normalize(text)).isEmpty();
  }
}
