package io.github.crmstrategy.text;

import java.util.Locale;
import java.util.Map;

/**
 * Formats a message pattern with named arguments, in the subset of ICU's MessageFormat syntax the
 * bundles use: {@code {name}} is replaced by the argument's text, and {@code {name, plural, one
 * {...} few {...} many {...} other {...}}} chooses a form by the argument's plural category ({@link
 * Plurals}), with exact matches such as {@code =0 {...}} first and {@code #} inside a form standing
 * for the number; {@code {name, select, increase {...} other {...}}} chooses a form by the
 * argument's text, and the form {@code none} for an argument that is empty or not given (when the
 * pattern has one). Unlike {@link java.text.MessageFormat}, an apostrophe is an ordinary character
 * (messages quote names as 'this'), and an argument that is not given stays as {@code {name}}, so a
 * missing argument shows in the text instead of failing.
 */
public final class MessagePattern {
  /**
   * The form a {@code select} chooses for an argument that is empty or not given, when the pattern
   * has one: {@code {industry, select, none {no industry} other {the industry {industry}}}}.
   */
  public static final String NONE = "none";

  private MessagePattern() {}

  /** {@code pattern} with {@code args} put in, plural forms chosen for {@code locale}. */
  public static String format(String pattern, Locale locale, Map<String, ?> args) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    format(pattern, 0, pattern.length(), locale, args, null, out);
    return out.toString();
  }

  private static void format(
      String p,
      int from,
      int to,
      Locale locale,
      Map<String, ?> args,
      String hash,
      StringBuilder out) {
    int i = from;
    while (i < to) {
      char c = p.charAt(i);
      if (c == '#' && hash != null) {
        out.append(hash);
        i++;
      } else if (c == '{') {
        int close = matching(p, i, to);
        if (close < 0) {
          out.append(p, i, to);
          return;
        }
        argument(p.substring(i + 1, close), locale, args, out);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
  }

  private static void argument(String body, Locale locale, Map<String, ?> args, StringBuilder out) {
    int comma = body.indexOf(',');
    String name = (comma < 0 ? body : body.substring(0, comma)).trim();
    Object value = args.get(name);
    if (comma < 0) {
      out.append(value == null ? "{" + body + "}" : text(value));
      return;
    }
    int second = body.indexOf(',', comma + 1);
    String type = body.substring(comma + 1, second < 0 ? body.length() : second).trim();
    if ("select".equals(type) && second >= 0 && (value == null || text(value).isEmpty())) {
      String none = form(body.substring(second + 1), NONE, locale, args);
      if (none != null) {
        format(none, 0, none.length(), locale, args, null, out);
        return;
      }
    }
    if ("select".equals(type) && second >= 0 && value != null) {
      String forms = body.substring(second + 1);
      String chosen = form(forms, text(value), locale, args);
      if (chosen == null) {
        chosen = form(forms, Plurals.OTHER, locale, args);
      }
      String picked = chosen == null ? text(value) : chosen;
      format(picked, 0, picked.length(), locale, args, null, out);
      return;
    }
    if (!"plural".equals(type) || second < 0 || value == null) {
      out.append(value == null ? "{" + name + "}" : text(value));
      return;
    }
    String number = text(value);
    String category = Plurals.category(locale, number);
    String forms = body.substring(second + 1);
    String chosen = form(forms, "=" + number, locale, args);
    if (chosen == null) {
      chosen = form(forms, category, locale, args);
    }
    if (chosen == null) {
      chosen = form(forms, Plurals.OTHER, locale, args);
    }
    if (chosen != null) {
      format(chosen, 0, chosen.length(), locale, args, number, out);
    } else {
      out.append(number);
    }
  }

  /** The text of the form {@code selector} in {@code forms} ("one {...} few {...}"), or null. */
  private static String form(String forms, String selector, Locale locale, Map<String, ?> args) {
    int i = 0;
    int n = forms.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(forms.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && forms.charAt(i) != '{' && !Character.isWhitespace(forms.charAt(i))) {
        i++;
      }
      String name = forms.substring(start, i);
      while (i < n && forms.charAt(i) != '{') {
        i++;
      }
      if (i >= n) {
        return null;
      }
      int close = matching(forms, i, n);
      if (close < 0) {
        return null;
      }
      if (name.equals(selector)) {
        return forms.substring(i + 1, close);
      }
      i = close + 1;
    }
    return null;
  }

  private static int matching(String p, int open, int to) {
    int depth = 0;
    for (int i = open; i < to; i++) {
      char c = p.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String text(Object value) {
    if (value instanceof Double d) {
      return Numbers.upToTwoDecimals(d);
    }
    return String.valueOf(value);
  }
}
