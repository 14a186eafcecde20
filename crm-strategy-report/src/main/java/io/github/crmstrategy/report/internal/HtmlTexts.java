package io.github.crmstrategy.report.internal;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.report.ReportTheme;
import io.github.crmstrategy.text.MessagePattern;
import io.github.crmstrategy.text.Messages;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The words of the HTML page in one language: the theme's labels of that language ({@code block.*},
 * {@code series.*} and the page's texts {@code text.*}, patterns with named arguments), and the
 * report's texts (levels, severities, categories, the route) of {@link ReportTexts}.
 */
final class HtmlTexts {
  /** English, from the bundled theme. */
  static final HtmlTexts ENGLISH = new HtmlTexts(ReportTheme.defaults(), ReportTexts.ENGLISH);

  private final ReportTexts texts;
  private final Map<String, String> labels;

  HtmlTexts(ReportTheme theme, ReportTexts texts) {
    this.texts = texts;
    this.labels = theme.labels(texts.locale());
  }

  /** The report's texts in the same language. */
  ReportTexts report() {
    return texts;
  }

  /** The language. */
  Locale locale() {
    return texts.locale();
  }

  /** The label {@code key} with alternating names and values; the key itself when unknown. */
  String l(String key, Object... args) {
    String pattern = labels.get(key);
    return pattern == null ? key : MessagePattern.format(pattern, locale(), Messages.named(args));
  }

  /** A block's name: {@code Customer experience}, {@code Клиентский опыт}. */
  String block(BuildingBlock block) {
    return labels.getOrDefault("block." + block.id(), block.id());
  }

  /**
   * The page's texts the templates read as {@code {{text.NAME}}}: every {@code text.NAME} label
   * whose name has no dot, without arguments.
   */
  Map<String, String> templateTexts() {
    Map<String, String> m = new TreeMap<>();
    labels.forEach(
        (k, v) -> {
          if (k.startsWith("text.") && k.indexOf('.', 5) < 0) {
            m.put(k.substring(5), MessagePattern.format(v, locale(), Map.of()));
          }
        });
    return m;
  }
}
