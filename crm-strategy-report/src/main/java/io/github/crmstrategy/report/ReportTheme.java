package io.github.crmstrategy.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The templates, stylesheet, logo and labels the HTML report is rendered from: the bundled ones, or
 * a consultancy's folder that replaces any of them at run time, without recompiling (a profile
 * names it with {@code report: {theme: FOLDER}}).
 *
 * <p>A theme folder holds any of the files of {@link #FILES}: the Mustache templates ({@code
 * report.mustache}, the page, includes the partials {@code header}, {@code summary}, {@code
 * next-actions}, {@code maturity}, {@code criteria}, {@code timeline}, {@code findings}, {@code
 * footer}; {@code comparison}, the page comparing two revisions, {@code trend}, the page of the
 * trend across several, both with the partial {@code revision-findings}, and {@code route}, the
 * draft route), {@code report.css} (replaces the stylesheet), {@code brand.css} (added after it:
 * enough to change colours), {@code logo.svg} or {@code logo.png} (embedded in the page as a data
 * URI), {@code labels.properties} and {@code labels_ru.properties} (the page's words: block and
 * series names, headings, the sentences of the summary; in English and in Russian). A file the
 * folder does not have comes from the bundled theme. {@link #load(Path)} checks every file and
 * reports each problem with its file and line.
 *
 * <p>Mustache escapes every {@code {{value}}} for HTML; only the stylesheet, the script and the
 * logo's data URI are inserted raw. The page stays self-contained: a stylesheet that imports or
 * links anything but a {@code data:} URI is refused. Immutable and thread-safe.
 */
public final class ReportTheme {
  /** The class-path folder of the bundled theme. */
  public static final String BUNDLED = "io/github/crmstrategy/report/theme/";

  /** The templates of a theme (without the {@code .mustache} extension). */
  public static final List<String> TEMPLATES =
      List.of(
          "report",
          "header",
          "summary",
          "next-actions",
          "maturity",
          "criteria",
          "timeline",
          "findings",
          "footer",
          "comparison",
          "revision-findings",
          "trend",
          "route");

  /** Every file a theme folder may hold. */
  public static final List<String> FILES =
      Stream.concat(
              TEMPLATES.stream().map(t -> t + ".mustache"),
              Stream.of(
                  "report.css",
                  "brand.css",
                  "logo.svg",
                  "logo.png",
                  "labels.properties",
                  "labels_ru.properties"))
          .toList();

  /** The largest logo a theme may embed, in bytes. */
  public static final int MAX_LOGO_BYTES = 256 * 1024;

  private static final Pattern EXTERNAL =
      Pattern.compile("@import|url\\(\\s*['\"]?(?!data:)|</style", Pattern.CASE_INSENSITIVE);

  private static final ReportTheme DEFAULTS = new ReportTheme(Optional.empty(), Map.of());

  private final Optional<Path> folder;
  private final Map<String, String> files;
  private final Map<String, Mustache> compiled = new LinkedHashMap<>();
  private final String css;
  private final String script;
  private final Optional<String> logo;
  private final Map<String, String> labels;
  private final Map<String, String> russianLabels;

  private ReportTheme(Optional<Path> folder, Map<String, String> files) {
    this.folder = folder;
    this.files = Map.copyOf(files);
    String bundledCss = bundled("report.css");
    this.css = files.getOrDefault("report.css", bundledCss) + files.getOrDefault("brand.css", "");
    this.script = bundled("report.js");
    this.logo =
        Optional.ofNullable(files.get("logo.svg"))
            .or(() -> Optional.ofNullable(files.get("logo.png")));
    // English: the bundled labels, then the theme's. Russian: the bundled English and Russian
    // labels, then the theme's labels.properties (a consultancy's wording wins in every language),
    // then its labels_ru.properties.
    this.labels = labels(files, "labels.properties");
    this.russianLabels = labels(files, "labels.properties", "labels_ru.properties");
    DefaultMustacheFactory factory = new DefaultMustacheFactory(new Resolver());
    for (String template : TEMPLATES) {
      compiled.put(template, factory.compile(template + ".mustache"));
    }
  }

  /** The bundled theme. */
  public static ReportTheme defaults() {
    return DEFAULTS;
  }

  /**
   * The theme of {@code folder}: its files replace the bundled ones.
   *
   * @throws ReportThemeException naming each file (and line) that is not a theme's, cannot be read,
   *     does not compile, or would make the page fetch something
   */
  public static ReportTheme load(Path folder) {
    Objects.requireNonNull(folder, "folder");
    List<String> problems = new ArrayList<>();
    Map<String, String> files = new LinkedHashMap<>();
    if (!Files.isDirectory(folder)) {
      throw new ReportThemeException(folder, List.of(folder + ": not a folder"));
    }
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file : list.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        if (!FILES.contains(name)) {
          problems.add(
              file + ": not a file of a report theme; a theme holds " + String.join(", ", FILES));
          continue;
        }
        if (name.equals("logo.png")) {
          byte[] bytes = Files.readAllBytes(file);
          if (bytes.length > MAX_LOGO_BYTES) {
            problems.add(
                file + ": the logo has " + bytes.length + " bytes, at most " + MAX_LOGO_BYTES);
            continue;
          }
          files.put(name, "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes));
          continue;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (name.equals("logo.svg")) {
          if (text.length() > MAX_LOGO_BYTES) {
            problems.add(
                file + ": the logo has " + text.length() + " bytes, at most " + MAX_LOGO_BYTES);
            continue;
          }
          if (text.toLowerCase(Locale.ROOT).contains("<script")
              || text.toLowerCase(Locale.ROOT)
                  .matches("(?s).*(href|src)\\s*=\\s*['\"]\\s*https?:.*")) {
            problems.add(file + ": a logo with scripts or links to elsewhere is refused");
            continue;
          }
          files.put(
              name,
              "data:image/svg+xml;base64,"
                  + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
          continue;
        }
        if (name.endsWith(".css")) {
          Matcher m = EXTERNAL.matcher(text);
          if (m.find()) {
            problems.add(
                file
                    + ":"
                    + line(text, m.start())
                    + ": '"
                    + m.group().trim()
                    + "': the report is self-contained, a stylesheet may embed data: URIs only");
            continue;
          }
        }
        files.put(name, text);
      }
    } catch (IOException e) {
      throw new ReportThemeException(folder, List.of(folder + ": cannot read: " + e.getMessage()));
    }
    if (!problems.isEmpty()) {
      throw new ReportThemeException(folder, problems);
    }
    try {
      return new ReportTheme(Optional.of(folder), files);
    } catch (MustacheException e) {
      throw new ReportThemeException(folder, List.of(located(folder, e)));
    }
  }

  /** The folder the theme was loaded from; empty for the bundled theme. */
  public Optional<Path> folder() {
    return folder;
  }

  /**
   * The stylesheet: the theme's {@code report.css} (or the bundled one) and its {@code brand.css}.
   */
  public String css() {
    return css;
  }

  /** The script of the page (the findings filter). */
  public String script() {
    return script;
  }

  /** The logo as a {@code data:} URI, if the theme has one. */
  public Optional<String> logo() {
    return logo;
  }

  /**
   * The English label of {@code key} ({@code block.customerExperience}...), or {@code fallback}.
   */
  public String label(String key, String fallback) {
    return labels.getOrDefault(key, fallback);
  }

  /**
   * The label of {@code key} in {@code locale}'s language (Russian for {@code ru}, else English),
   * or {@code fallback}: the theme's own labels first, then the bundled ones of the language.
   */
  public String label(Locale locale, String key, String fallback) {
    return labels(locale).getOrDefault(key, fallback);
  }

  /** Every label in {@code locale}'s language (Russian for {@code ru}, else English), by key. */
  public Map<String, String> labels(Locale locale) {
    return locale != null && "ru".equals(locale.getLanguage()) ? russianLabels : labels;
  }

  /**
   * The bundled {@code names}, in order, then the theme folder's files of the same names, each
   * overriding the keys of the ones before.
   */
  private static Map<String, String> labels(Map<String, String> files, String... names) {
    Properties props = new Properties();
    try {
      for (String name : names) {
        props.load(new StringReader(bundled(name)));
      }
      for (String name : names) {
        if (files.containsKey(name)) {
          props.load(new StringReader(files.get(name)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> l = new TreeMap<>();
    props.forEach((k, v) -> l.put(k.toString(), v.toString()));
    return Map.copyOf(l);
  }

  /** Renders {@code template} (one of {@link #TEMPLATES}) with {@code model} as its scope. */
  public String render(String template, Object model) {
    Mustache mustache = compiled.get(template);
    if (mustache == null) {
      throw new IllegalArgumentException("not a template of a report theme: " + template);
    }
    StringWriter out = new StringWriter();
    mustache.execute(out, model);
    return out.toString();
  }

  private static String located(Path folder, MustacheException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    Matcher m = Pattern.compile("@\\[([^:\\]]+):(\\d+)\\]").matcher(message);
    if (m.find()) {
      return folder.resolve(m.group(1))
          + ":"
          + m.group(2)
          + ": "
          + message.substring(0, m.start()).trim();
    }
    return folder + ": " + message;
  }

  private static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String bundled(String name) {
    try (InputStream in = ReportTheme.class.getClassLoader().getResourceAsStream(BUNDLED + name)) {
      if (in == null) {
        throw new IllegalStateException("the bundled report theme has no " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The theme's own file, else the bundled one. */
  private final class Resolver implements MustacheResolver {
    @Override
    public Reader getReader(String resourceName) {
      String name = resourceName.startsWith("/") ? resourceName.substring(1) : resourceName;
      String own = files.get(name);
      if (own != null) {
        return new StringReader(own);
      }
      InputStream in = ReportTheme.class.getClassLoader().getResourceAsStream(BUNDLED + name);
      return in == null ? null : new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
    }
  }
}
