package io.github.crmstrategy.rules.internal.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.crmstrategy.document.internal.Suggestions;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.rules.facts.BenchmarkRange;
import io.github.crmstrategy.rules.facts.GrowthLimit;
import io.github.crmstrategy.rules.facts.RequiredSection;
import io.github.crmstrategy.rules.internal.profile.LocatedYaml.ListNode;
import io.github.crmstrategy.rules.internal.profile.LocatedYaml.Loc;
import io.github.crmstrategy.rules.internal.profile.LocatedYaml.MapNode;
import io.github.crmstrategy.rules.internal.profile.LocatedYaml.Node;
import io.github.crmstrategy.rules.internal.profile.LocatedYaml.Scalar;
import io.github.crmstrategy.rules.profile.DecisionTableSource;
import io.github.crmstrategy.rules.profile.ImmutableRuleProfile;
import io.github.crmstrategy.rules.profile.ProfileProblem;
import io.github.crmstrategy.rules.profile.RuleProfile;
import io.github.crmstrategy.rules.profile.RuleProfileException;
import io.github.crmstrategy.rules.profile.RuleSetting;
import io.github.crmstrategy.rules.profile.RuleSource;
import io.github.crmstrategy.rules.profile.Suppression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a profile YAML file and the files it names: resolves {@code extends}, checks every key and
 * value shape, and records where each rule id, parameter and suppression was written so that later
 * checks can name the line.
 */
public final class ProfileReader {
  static final List<String> KEYS =
      List.of(
          "extends",
          "name",
          "description",
          "rules",
          "parameters",
          "benchmarks",
          "growthLimits",
          "conceptSections",
          "decisionTables",
          "drl",
          "suppressions");

  private static final ObjectMapper DATA =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Where a profile and its files come from: a folder on disk or on the class path. */
  public interface Origin {
    /** Name in messages. */
    String display();

    /** The bytes, or empty when the file does not exist. */
    Optional<byte[]> read() throws IOException;

    /** A file named relative to this one. */
    Origin resolve(String relative);

    /** Identity, to detect {@code extends} cycles. */
    String key();
  }

  /** A file on disk. */
  public static Origin file(Path path) {
    return new Origin() {
      @Override
      public String display() {
        return path.toString();
      }

      @Override
      public Optional<byte[]> read() throws IOException {
        try {
          return Optional.of(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
          return Optional.empty();
        }
      }

      @Override
      public Origin resolve(String relative) {
        Path parent = path.getParent();
        return file(parent == null ? Path.of(relative) : parent.resolve(relative).normalize());
      }

      @Override
      public String key() {
        return path.toAbsolutePath().normalize().toString();
      }
    };
  }

  /** A class-path resource ({@code /com/acme/profile.yaml}). */
  public static Origin resource(ClassLoader loader, String name) {
    String n = name.startsWith("/") ? name.substring(1) : name;
    return new Origin() {
      @Override
      public String display() {
        return "classpath:/" + n;
      }

      @Override
      public Optional<byte[]> read() throws IOException {
        try (InputStream in = loader.getResourceAsStream(n)) {
          return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
      }

      @Override
      public Origin resolve(String relative) {
        int slash = n.lastIndexOf('/');
        String dir = slash < 0 ? "" : n.substring(0, slash + 1);
        return resource(loader, Path.of(dir + relative).normalize().toString().replace('\\', '/'));
      }

      @Override
      public String key() {
        return display();
      }
    };
  }

  /** A profile read: the resolved profile and where each key was written. */
  public record Read(
      RuleProfile profile, Map<String, String> locations, List<ProfileProblem> problems) {
    /** The location of {@code key}, or the profile's name and the key. */
    public String where(String key) {
      String at = locations.get(key);
      if (at == null && key.endsWith("=")) {
        at = locations.get(key.substring(0, key.length() - 1));
      }
      return at != null ? at : profile.name() + " (" + key.replace('/', '.') + ")";
    }
  }

  private final List<ProfileProblem> problems = new ArrayList<>();
  private final Set<String> reading = new HashSet<>();

  private ProfileReader() {}

  /**
   * Reads {@code origin} and everything it extends and names. The problems found are in {@link
   * Read#problems()}: the profile holds what could be read, so that later checks can add theirs.
   */
  public static Read read(Origin origin) {
    ProfileReader reader = new ProfileReader();
    Read read = reader.readProfile(origin, null);
    return new Read(read.profile(), read.locations(), List.copyOf(reader.problems));
  }

  /** Reads {@code origin}, failing on any problem. */
  public static Read readStrictly(Origin origin) throws RuleProfileException {
    Read read = read(origin);
    if (!read.problems().isEmpty()) {
      throw new RuleProfileException(read.problems());
    }
    return read;
  }

  private Read readProfile(Origin origin, Loc from) {
    String source = origin.display();
    Map<String, String> locations = new HashMap<>();
    ImmutableRuleProfile.Builder b = RuleProfile.builder();
    Optional<byte[]> bytes;
    try {
      bytes = origin.read();
    } catch (IOException e) {
      problem(
          from == null ? source : from.toString(), "cannot read " + source + ": " + e.getMessage());
      return new Read(b.build(), locations, List.of());
    }
    if (bytes.isEmpty()) {
      problem(from == null ? source : from.toString(), "profile " + source + " not found");
      return new Read(b.build(), locations, List.of());
    }
    Node root;
    try {
      root = LocatedYaml.read(source, bytes.get());
    } catch (LocatedYaml.SyntaxError e) {
      problem(e.loc.toString(), e.getMessage());
      return new Read(b.build(), locations, List.of());
    }
    if (!(root instanceof MapNode map)) {
      problem(root.loc().toString(), "a profile is a map of " + KEYS + ", not " + root.kind());
      return new Read(b.build(), locations, List.of());
    }
    for (Map.Entry<String, Loc> key : map.keys().entrySet()) {
      if (!KEYS.contains(key.getKey())) {
        problem(
            key.getValue().toString(),
            "unknown key '"
                + key.getKey()
                + "'"
                + Suggestions.closest(key.getKey(), KEYS)
                    .map(s -> " (did you mean '" + s + "'?)")
                    .orElse("")
                + "; a profile has "
                + String.join(", ", KEYS));
      }
    }

    // extends: default (the built-in pack) or a profile file relative to this one.
    Node ext = map.values().get("extends");
    String name = fileStem(source);
    if (ext != null && text(ext, "extends").filter(t -> !t.equals("default")).isPresent()) {
      String parentName = ((Scalar) ext).text();
      Origin parent = origin.resolve(parentName);
      if (!reading.add(parent.key())) {
        problem(
            ext.loc().toString(), "profile " + parentName + " extends itself (a cycle of extends)");
      } else {
        Read p = readProfile(parent, ext.loc());
        b.from(p.profile());
        locations.putAll(p.locations());
      }
    }
    reading.add(origin.key());
    Node nameNode = map.values().get("name");
    if (nameNode != null) {
      name = text(nameNode, "name").orElse(name);
    }
    b.name(name);
    Node description = map.values().get("description");
    if (description != null) {
      text(description, "description");
    }

    ImmutableRuleProfile parentProfile = b.build();
    Map<String, RuleSetting> rules = new java.util.LinkedHashMap<>(parentProfile.rules());
    Node rulesNode = map.values().get("rules");
    if (rulesNode != null) {
      forEachEntry(
          rulesNode,
          "rules",
          (id, keyLoc, value) -> {
            locations.put("rules/" + id, keyLoc.toString());
            setting(id, value).ifPresent(s -> rules.merge(id, s, RuleSetting::overriddenBy));
          });
    }
    b.rules(rules);
    Map<String, Double> parameters = new java.util.LinkedHashMap<>(parentProfile.parameters());
    Node paramsNode = map.values().get("parameters");
    if (paramsNode != null) {
      forEachEntry(
          paramsNode,
          "parameters",
          (param, keyLoc, value) -> {
            locations.put("parameters/" + param, keyLoc.toString());
            locations.put("parameters/" + param + "=", value.loc().toString());
            if (value instanceof Scalar s && s.isNumber()) {
              parameters.put(param, Double.parseDouble(s.text()));
            } else {
              problem(
                  value.loc().toString(),
                  "parameter '" + param + "' must be a number, not " + describe(value));
            }
          });
    }
    b.parameters(parameters);

    data(origin, map, "benchmarks", RangesDoc.class, d -> d.ranges)
        .ifPresent(
            d -> {
              b.replaceBenchmarks(d.replace() || parentProfile.replaceBenchmarks());
              b.benchmarks(d.replace() ? d.rows() : concat(parentProfile.benchmarks(), d.rows()));
            });
    data(origin, map, "growthLimits", LimitsDoc.class, d -> d.limits)
        .ifPresent(
            d -> {
              b.replaceGrowthLimits(d.replace() || parentProfile.replaceGrowthLimits());
              b.growthLimits(
                  d.replace() ? d.rows() : concat(parentProfile.growthLimits(), d.rows()));
            });
    data(origin, map, "conceptSections", SectionsDoc.class, d -> d.sections)
        .ifPresent(
            d -> {
              b.replaceConceptSections(d.replace() || parentProfile.replaceConceptSections());
              b.conceptSections(
                  d.replace() ? d.rows() : concat(parentProfile.conceptSections(), d.rows()));
            });
    // parent's lists come first: the builder's add methods append
    for (Node file : files(map, "drl")) {
      load(origin, file)
          .ifPresent(
              f -> b.addDrl(RuleSource.of(f.name, new String(f.bytes, StandardCharsets.UTF_8))));
    }
    for (Node file : files(map, "decisionTables")) {
      load(origin, file)
          .ifPresent(f -> b.addDecisionTables(DecisionTableSource.of(f.name, f.bytes)));
    }
    int index = parentProfile.suppressions().size();
    for (Node item : files(map, "suppressions")) {
      suppression(item).ifPresent(b::addSuppressions);
      locations.put("suppressions/" + index++, item.loc().toString());
    }
    return new Read(b.build(), locations, List.of());
  }

  private interface EntryConsumer {
    void accept(String key, Loc keyLoc, Node value);
  }

  private void forEachEntry(Node n, String what, EntryConsumer consumer) {
    if (n instanceof MapNode m) {
      m.values().forEach((k, v) -> consumer.accept(k, m.keys().get(k), v));
    } else if (!(n instanceof Scalar s && s.text().isEmpty())) {
      problem(n.loc().toString(), "'" + what + "' is a map, not " + describe(n));
    }
  }

  private Optional<RuleSetting> setting(String id, Node value) {
    if (value instanceof Scalar s) {
      // Compact form: ID: off | on | false | true | SEVERITY
      String t = s.text().strip();
      switch (t.toLowerCase(Locale.ROOT)) {
        case "off", "false", "disabled":
          return Optional.of(RuleSetting.disabled());
        case "on", "true", "enabled":
          return Optional.of(RuleSetting.builder().enabled(true).build());
        default:
          Optional<Severity> sev = severity(t, s.loc());
          return sev.map(RuleSetting::severity);
      }
    }
    if (!(value instanceof MapNode m)) {
      problem(
          value.loc().toString(),
          "the setting of rule "
              + id
              + " is a map {enabled, severity}, off, on or a severity, not "
              + describe(value));
      return Optional.empty();
    }
    var b = RuleSetting.builder();
    for (Map.Entry<String, Node> e : m.values().entrySet()) {
      Loc keyLoc = m.keys().get(e.getKey());
      switch (e.getKey()) {
        case "enabled" -> {
          if (e.getValue() instanceof Scalar s
              && (s.text().equals("true") || s.text().equals("false"))) {
            b.enabled(Boolean.parseBoolean(s.text()));
          } else {
            problem(
                e.getValue().loc().toString(),
                "'enabled' of rule " + id + " is true or false, not " + describe(e.getValue()));
          }
        }
        case "severity" -> {
          if (e.getValue() instanceof Scalar s) {
            severity(s.text(), s.loc()).ifPresent(b::severity);
          } else {
            problem(
                e.getValue().loc().toString(),
                "'severity' of rule "
                    + id
                    + " is one of "
                    + List.of(Severity.values())
                    + ", not "
                    + describe(e.getValue()));
          }
        }
        default ->
            problem(
                keyLoc.toString(),
                "unknown key '"
                    + e.getKey()
                    + "' in the setting of rule "
                    + id
                    + "; a rule setting has enabled, severity");
      }
    }
    return Optional.of(b.build());
  }

  private Optional<Severity> severity(String text, Loc loc) {
    for (Severity s : Severity.values()) {
      if (s.name().equalsIgnoreCase(text.strip())) {
        return Optional.of(s);
      }
    }
    problem(
        loc.toString(),
        "unknown severity '" + text + "'; one of " + List.of(Severity.values()) + ", or off/on");
    return Optional.empty();
  }

  private record Rows<T>(boolean replace, List<T> rows) {}

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private <D, T> Optional<Rows<T>> data(
      Origin origin,
      MapNode map,
      String key,
      Class<D> type,
      java.util.function.Function<D, List<T>> rows) {
    Node n = map.values().get(key);
    if (n == null) {
      return Optional.empty();
    }
    if (!(n instanceof MapNode m)) {
      problem(
          n.loc().toString(),
          "'" + key + "' is a map {replace: FILE} or {add: [FILE...]}, not " + describe(n));
      return Optional.empty();
    }
    boolean replace = false;
    List<T> add = new ArrayList<>();
    for (Map.Entry<String, Node> e : m.values().entrySet()) {
      List<Node> files;
      if (e.getKey().equals("replace")) {
        replace = true;
        files = List.of(e.getValue());
      } else if (e.getKey().equals("add")) {
        files = e.getValue() instanceof ListNode l ? l.items() : List.of(e.getValue());
      } else {
        problem(
            m.keys().get(e.getKey()).toString(),
            "unknown key '" + e.getKey() + "' in '" + key + "'; use replace or add");
        continue;
      }
      for (Node file : files) {
        load(origin, file)
            .ifPresent(
                f -> {
                  try {
                    D doc = DATA.readValue(f.bytes, type);
                    List<T> r = rows.apply(doc);
                    add.addAll(r == null ? List.of() : r);
                  } catch (JsonProcessingException ex) {
                    problem(Loc.of(f.name, ex.getLocation()).toString(), ex.getOriginalMessage());
                  } catch (IOException ex) {
                    problem(f.name, ex.getMessage());
                  }
                });
      }
    }
    return Optional.of(new Rows<>(replace, add));
  }

  private List<Node> files(MapNode map, String key) {
    Node n = map.values().get(key);
    if (n == null) {
      return List.of();
    }
    if (n instanceof ListNode l) {
      return l.items();
    }
    problem(n.loc().toString(), "'" + key + "' is a list, not " + describe(n));
    return List.of();
  }

  private record Loaded(String name, byte[] bytes) {}

  private Optional<Loaded> load(Origin origin, Node file) {
    if (!(file instanceof Scalar s) || s.text().isBlank()) {
      problem(
          file.loc().toString(),
          "expected a file path relative to the profile, not " + describe(file));
      return Optional.empty();
    }
    Origin target = origin.resolve(s.text());
    try {
      Optional<byte[]> bytes = target.read();
      if (bytes.isEmpty()) {
        problem(s.loc().toString(), "file " + s.text() + " not found (" + target.display() + ")");
        return Optional.empty();
      }
      return Optional.of(new Loaded(target.display(), bytes.get()));
    } catch (IOException e) {
      problem(s.loc().toString(), "cannot read " + s.text() + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Suppression> suppression(Node item) {
    if (!(item instanceof MapNode m)) {
      problem(
          item.loc().toString(),
          "a suppression is a map {rule, path, justification}, not " + describe(item));
      return Optional.empty();
    }
    Map<String, String> v = new HashMap<>();
    for (Map.Entry<String, Node> e : m.values().entrySet()) {
      if (!List.of("rule", "path", "justification").contains(e.getKey())) {
        problem(
            m.keys().get(e.getKey()).toString(),
            "unknown key '"
                + e.getKey()
                + "' in a suppression; a suppression has rule, path, justification");
        continue;
      }
      text(e.getValue(), e.getKey()).ifPresent(t -> v.put(e.getKey(), t));
    }
    if (!v.containsKey("rule")) {
      problem(item.loc().toString(), "a suppression needs the rule id it suppresses ('rule')");
      return Optional.empty();
    }
    return Optional.of(
        Suppression.builder()
            .ruleId(v.get("rule"))
            .path(v.getOrDefault("path", ""))
            .justification(v.getOrDefault("justification", ""))
            .build());
  }

  private Optional<String> text(Node n, String what) {
    if (n instanceof Scalar s) {
      return Optional.of(s.text());
    }
    problem(n.loc().toString(), "'" + what + "' is a text, not " + describe(n));
    return Optional.empty();
  }

  private static String describe(Node n) {
    return n instanceof Scalar s
        ? (s.text().isEmpty() ? "nothing" : "'" + s.text() + "'")
        : n.kind();
  }

  private void problem(String where, String message) {
    problems.add(new ProfileProblem(where, message));
  }

  private static String fileStem(String source) {
    String s = source.substring(source.lastIndexOf('/') + 1);
    int dot = s.lastIndexOf('.');
    return dot > 0 ? s.substring(0, dot) : s;
  }

  // Data file shapes: the same as the built-in tables.

  static final class RangesDoc {
    public List<BenchmarkRange> ranges;
  }

  static final class LimitsDoc {
    public List<GrowthLimit> limits;
  }

  static final class SectionsDoc {
    public List<RequiredSection> sections;
  }
}
