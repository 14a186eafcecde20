package io.github.crmstrategy.text;

import java.util.List;

/**
 * The Snowball Russian stemmer (Martin Porter's algorithm, snowballstem.org, BSD licence), written
 * out here instead of depending on Lucene or the Snowball jar: {@code надёжный}, {@code надежную}
 * and {@code надёжность} give {@code надежн}; {@code клиентов}, {@code клиентам}, {@code клиенты}
 * give {@code клиент}. The input is one lower-case word; {@code ё} is read as {@code е}. Words
 * without a Cyrillic vowel are returned as they are.
 */
public final class RussianStemmer {
  private static final String VOWELS = "аеиоуыэюя";

  // The endings of the algorithm, by step; group 1 endings must follow а or я.
  private static final List<String> GERUND_1 = List.of("вшись", "вши", "в");
  private static final List<String> GERUND_2 =
      List.of("ившись", "ывшись", "ивши", "ывши", "ив", "ыв");
  private static final List<String> REFLEXIVE = List.of("ся", "сь");
  private static final List<String> ADJECTIVE =
      List.of(
          "ими", "ыми", "его", "ого", "ему", "ому", "ее", "ие", "ые", "ое", "ей", "ий", "ый", "ой",
          "ем", "им", "ым", "ом", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею");
  private static final List<String> PARTICIPLE_1 = List.of("ем", "нн", "вш", "ющ", "щ");
  private static final List<String> PARTICIPLE_2 = List.of("ивш", "ывш", "ующ");
  private static final List<String> VERB_1 =
      List.of(
          "ете", "йте", "ешь", "нно", "ла", "на", "ли", "ем", "ло", "но", "ет", "ют", "ны", "ть",
          "й", "л", "н");
  private static final List<String> VERB_2 =
      List.of(
          "ейте", "уйте", "ила", "ыла", "ена", "ите", "или", "ыли", "ило", "ыло", "ено", "ует",
          "уют", "ены", "ить", "ыть", "ишь", "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ят", "ит",
          "ыт", "ую", "ю");
  private static final List<String> NOUN =
      List.of(
          "иями", "ями", "ами", "ией", "иям", "ием", "иях", "ев", "ов", "ие", "ье", "еи", "ии",
          "ей", "ой", "ий", "ям", "ем", "ам", "ом", "ах", "ях", "ию", "ью", "ия", "ья", "а", "е",
          "и", "й", "о", "у", "ы", "ь", "ю", "я");
  private static final List<String> SUPERLATIVE = List.of("ейше", "ейш");
  private static final List<String> DERIVATIONAL = List.of("ость", "ост");

  private RussianStemmer() {}

  /** The stem of {@code word} (lower case). */
  public static String stem(String word) {
    String w = word.replace('ё', 'е');
    int rv = regionAfterVowel(w, 0);
    if (rv >= w.length()) {
      return w;
    }
    int r1 = regionAfterConsonantAfterVowel(w, 0);
    int r2 = regionAfterConsonantAfterVowel(w, r1);
    StringBuilder s = new StringBuilder(w);
    // Step 1.
    if (!removeGrouped(s, rv, GERUND_1, GERUND_2)) {
      remove(s, rv, REFLEXIVE);
      if (remove(s, rv, ADJECTIVE)) {
        removeGrouped(s, rv, PARTICIPLE_1, PARTICIPLE_2);
      } else if (!removeGrouped(s, rv, VERB_1, VERB_2)) {
        remove(s, rv, NOUN);
      }
    }
    // Step 2.
    remove(s, rv, List.of("и"));
    // Step 3.
    remove(s, r2, DERIVATIONAL);
    // Step 4.
    if (endsIn(s, rv, "нн")) {
      s.setLength(s.length() - 1);
    } else if (remove(s, rv, SUPERLATIVE)) {
      if (endsIn(s, rv, "нн")) {
        s.setLength(s.length() - 1);
      }
    } else {
      remove(s, rv, List.of("ь"));
    }
    return s.toString();
  }

  private static boolean removeGrouped(
      StringBuilder s, int region, List<String> afterAOrYa, List<String> free) {
    String best = null;
    for (String e : free) {
      if (endsIn(s, region, e) && (best == null || e.length() > best.length())) {
        best = e;
      }
    }
    for (String e : afterAOrYa) {
      int before = s.length() - e.length() - 1;
      if (endsIn(s, region, e)
          && before >= region
          && (s.charAt(before) == 'а' || s.charAt(before) == 'я')
          && (best == null || e.length() > best.length())) {
        best = e;
      }
    }
    if (best == null) {
      return false;
    }
    s.setLength(s.length() - best.length());
    return true;
  }

  private static boolean remove(StringBuilder s, int region, List<String> endings) {
    String best = null;
    for (String e : endings) {
      if (endsIn(s, region, e) && (best == null || e.length() > best.length())) {
        best = e;
      }
    }
    if (best == null) {
      return false;
    }
    s.setLength(s.length() - best.length());
    return true;
  }

  private static boolean endsIn(StringBuilder s, int region, String ending) {
    int start = s.length() - ending.length();
    return start >= region && s.indexOf(ending, start) == start;
  }

  private static int regionAfterVowel(String w, int from) {
    for (int i = from; i < w.length(); i++) {
      if (VOWELS.indexOf(w.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return w.length();
  }

  private static int regionAfterConsonantAfterVowel(String w, int from) {
    for (int i = from + 1; i < w.length(); i++) {
      if (VOWELS.indexOf(w.charAt(i)) < 0 && VOWELS.indexOf(w.charAt(i - 1)) >= 0) {
        return i + 1;
      }
    }
    return w.length();
  }
}
