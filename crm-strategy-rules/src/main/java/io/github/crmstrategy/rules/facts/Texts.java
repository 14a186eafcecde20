package io.github.crmstrategy.rules.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text helpers for rules and for the vocabulary: how messages quote a plan's own words, how words
 * are counted, and how vocabulary terms match a text (a term matches where a word starts with it;
 * {@code =word} matches the whole word; a term of several words matches the phrase).
 */
public final class Texts {
  /** Longest quotation in a message, in characters, before it is cut at a word. */
  public static final int QUOTE_LIMIT = 90;

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Texts() {}

  /**
   * {@code text} as messages quote it: in double quotes, on one line, without a final full stop,
   * cut at a word after {@value #QUOTE_LIMIT} characters; empty for an empty text. A double quote
   * inside the text becomes a single one (a quotation within a quotation), so that every pair of
   * double quotes in a message is one quotation, which is how a translation finds the plan's words
   * in it.
   */
  public static String quote(String text) {
    if (text == null) {
      return "";
    }
    String s = SPACES.matcher(text.strip().replace('"', '\'')).replaceAll(" ");
    while (s.endsWith(".") && !s.endsWith("...")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.isEmpty()) {
      return "";
    }
    if (s.length() > QUOTE_LIMIT) {
      int cut = s.lastIndexOf(' ', QUOTE_LIMIT);
      s = s.substring(0, cut > QUOTE_LIMIT / 2 ? cut : QUOTE_LIMIT).strip() + "...";
    }
    return "\"" + s + "\"";
  }

  /**
   * How a message names an element: {@code what id "its words"}, for example {@code CRM goal CG1
   * "Keep almost every customer"}; without the quotation when the element has no words, without the
   * id when it is empty.
   */
  public static String named(String what, String id, String words) {
    StringBuilder sb = new StringBuilder(what);
    if (id != null && !id.isEmpty()) {
      sb.append(sb.length() > 0 ? " " : "").append(id);
    }
    String q = quote(words);
    if (!q.isEmpty() && !q.equals("\"" + id + "\"")) {
      sb.append(sb.length() > 0 ? " " : "").append(q);
    }
    return sb.toString();
  }

  /** The words of {@code text}: runs of letters and digits. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Number of words of {@code text}. */
  public static int wordCount(String text) {
    if (text == null) {
      return 0;
    }
    // The runs of [\p{L}\p{N}] that WORD finds, counted without a matcher.
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean word = Character.isLetter(cp) || isNumber(cp);
      if (word && !inWord) {
        n++;
      }
      inWord = word;
    }
    return n;
  }

  /** Whether {@code cp} is of a number category ({@code \p{N}}: Nd, Nl, No). */
  private static boolean isNumber(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** {@code text} in lower case, {@code ё} as {@code е}, spaces collapsed. */
  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String s = text.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
    // Runs of \s (ASCII white space) become one space; most texts have none to collapse.
    int n = s.length();
    StringBuilder sb = null;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!asciiSpace(c)) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      int end = i + 1;
      while (end < n && asciiSpace(s.charAt(end))) {
        end++;
      }
      if (sb == null && (c != ' ' || end > i + 1)) {
        sb = new StringBuilder(n).append(s, 0, i);
      }
      if (sb != null) {
        sb.append(' ');
      }
      i = end - 1;
    }
    return sb == null ? s : sb.toString();
  }

  /** The characters of the regular expression {@code \s}: {@code [ \t\n\x0B\f\r]}. */
  private static boolean asciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Whether vocabulary {@code term} matches {@code text} (see the class comment). */
  public static boolean mentions(String text, String term) {
    return matcher(List.of(term)).matcher(normalize(text)).find();
  }

  /** Whether any of {@code terms} matches {@code text}. */
  public static boolean mentionsAny(String text, Collection<String> terms) {
    return !terms.isEmpty() && matcher(terms).matcher(normalize(text)).find();
  }

  /**
   * One pattern that finds any of the vocabulary {@code terms} in a {@linkplain #normalize
   * normalised} text, longer terms first.
   */
  public static Pattern matcher(Collection<String> terms) {
    List<String> sorted = new ArrayList<>(terms);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    boolean first = true;
    for (String raw : sorted) {
      boolean whole = raw.startsWith("=");
      String term = normalize(whole ? raw.substring(1) : raw);
      if (term.isEmpty()) {
        continue;
      }
      sb.append(first ? "" : "|").append(Pattern.quote(term));
      if (whole) {
        sb.append("(?![\\p{L}\\p{N}])");
      }
      first = false;
    }
    if (first) {
      return Pattern.compile("(?!)");
    }
    return Pattern.compile(sb.append(")").toString());
  }

  /**
   * {@code text} stripped of spaces and punctuation at both ends, normalised: the form in which a
   * whole text is compared with the vocabulary's placeholders.
   */
  public static String bare(String text) {
    String s = normalize(text);
    int start = 0;
    int end = s.length();
    while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** Whether the two lists share an element. */
  public static boolean intersects(Collection<String> a, Collection<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code answer} shares at least half of {@code subject}'s elements (and at least one):
   * how an element answers a statement through the vocabulary areas they share.
   */
  public static boolean answers(Collection<String> answer, Collection<String> subject) {
    int shared = 0;
    for (String x : subject) {
      if (answer.contains(x)) {
        shared++;
      }
    }
    return shared > 0 && shared * 2 >= subject.size();
  }

  /** The elements of {@code a} that are in {@code b}, in {@code a}'s order. */
  public static List<String> shared(Collection<String> a, Collection<String> b) {
    List<String> out = new ArrayList<>();
    for (String x : a) {
      if (b.contains(x)) {
        out.add(x);
      }
    }
    return out;
  }

  /** {@code items} joined as a reader expects: {@code a}, {@code a and b}, {@code a, b and c}. */
  public static String list(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /** {@code text} with its first letter in upper case. */
  public static String capitalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
