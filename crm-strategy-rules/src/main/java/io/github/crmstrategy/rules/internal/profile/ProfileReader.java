package io.github.crmstrategy.rules.internal.profile;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.InvalidDocumentException;
import io.github.crmstrategy.document.JacksonMappers;
import io.github.crmstrategy.document.LocatedDocument;
import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.rules.AssessmentLimits;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.rules.facts.BenchmarkRange;
import io.github.crmstrategy.rules.facts.CoverageCheck;
import io.github.crmstrategy.rules.facts.FoldRule;
import io.github.crmstrategy.rules.facts.GrowthLimit;
import io.github.crmstrategy.rules.facts.IndicatorKind;
import io.github.crmstrategy.rules.facts.IndicatorRelation;
import io.github.crmstrategy.rules.facts.Industry;
import io.github.crmstrategy.rules.facts.MaturityCriterion;
import io.github.crmstrategy.rules.facts.MaturitySignal;
import io.github.crmstrategy.rules.facts.OrderingCheck;
import io.github.crmstrategy.rules.facts.RequiredSection;
import io.github.crmstrategy.rules.facts.TextCheck;
import io.github.crmstrategy.rules.facts.UnitScale;
import io.github.crmstrategy.rules.facts.UnitSpec;
import io.github.crmstrategy.rules.facts.VocabularyConcept;
import io.github.crmstrategy.rules.profile.DataTable;
import io.github.crmstrategy.rules.profile.DecisionTableSource;
import io.github.crmstrategy.rules.profile.ImmutableRuleProfile;
import io.github.crmstrategy.rules.profile.ProfileProblem;
import io.github.crmstrategy.rules.profile.ProfileTrust;
import io.github.crmstrategy.rules.profile.RuleProfile;
import io.github.crmstrategy.rules.profile.RuleProfileException;
import io.github.crmstrategy.rules.profile.RuleSetting;
import io.github.crmstrategy.rules.profile.RuleSource;
import io.github.crmstrategy.rules.profile.Suppression;
import io.github.crmstrategy.text.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a profile YAML file and the files it names: resolves {@code extends}, checks every key and
 * value shape, and records where each rule id, parameter and suppression was written so that later
 * checks can name the line. Profiles and their data files are read with core's {@link
 * LocatedDocument}, hardened like plan documents; every problem is located.
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
          "maturityCriteria",
          "maturitySignals",
          "data",
          "decisionTables",
          "drl",
          "suppressions",
          "limits",
          "texts");

  private static final ObjectMapper DATA = JacksonMappers.dataFiles(DocumentFormat.YAML);

  /** Where a profile and its files come from: a folder on disk or on the class path. */
  public interface Origin {
    /** Name in messages. */
    String display();

    /**
     * The bytes, at most {@code max} and one more (so that the caller can tell a file that is too
     * large), or empty when the file does not exist.
     */
    Optional<byte[]> read(long max) throws IOException;

    /** The bytes, or empty when the file does not exist. */
    default Optional<byte[]> read() throws IOException {
      return read(Integer.MAX_VALUE - 16);
    }

    /** A file named relative to this one. */
    Origin resolve(String relative);

    /** Identity, to detect {@code extends} cycles. */
    String key();

    /**
     * Whether {@code other} is in this file's folder or below it, where it really is (links
     * followed): the confinement of an untrusted profile.
     */
    boolean folderHolds(Origin other);
  }

  /** A file on disk. */
  public static Origin file(Path path) {
    return new FileOrigin(path);
  }

  private record FileOrigin(Path path) implements Origin {
    @Override
    public String display() {
      return path.toString();
    }

    @Override
    public Optional<byte[]> read(long max) throws IOException {
      try (InputStream in = Files.newInputStream(path)) {
        return Optional.of(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1)));
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

    @Override
    public boolean folderHolds(Origin other) {
      if (!(other instanceof FileOrigin o)) {
        return false;
      }
      Path folder = path.toAbsolutePath().normalize().getParent();
      Path target = o.path.toAbsolutePath().normalize();
      if (folder == null || !target.startsWith(folder)) {
        return false;
      }
      try {
        // Where a link leads, not where it is: a link inside the folder may point outside.
        return !Files.exists(target) || target.toRealPath().startsWith(folder.toRealPath());
      } catch (IOException e) {
        return false;
      }
    }
  }

  /** A class-path resource ({@code /com/acme/profile.yaml}). */
  public static Origin resource(ClassLoader loader, String name) {
    return new ResourceOrigin(loader, name.startsWith("/") ? name.substring(1) : name);
  }

  private record ResourceOrigin(ClassLoader loader, String name) implements Origin {
    @Override
    public String display() {
      return "classpath:/" + name;
    }

    @Override
    public Optional<byte[]> read(long max) throws IOException {
      try (InputStream in = loader.getResourceAsStream(name)) {
        return in == null
            ? Optional.empty()
            : Optional.of(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1)));
      }
    }

    @Override
    public Origin resolve(String relative) {
      return resource(
          loader, Path.of(folder() + relative).normalize().toString().replace('\\', '/'));
    }

    private String folder() {
      int slash = name.lastIndexOf('/');
      return slash < 0 ? "" : name.substring(0, slash + 1);
    }

    @Override
    public String key() {
      return display();
    }

    @Override
    public boolean folderHolds(Origin other) {
      return other instanceof ResourceOrigin o
          && o.loader == loader
          && !o.name.startsWith("../")
          && !o.name.startsWith("/")
          && o.name.startsWith(folder());
    }
  }

  /**
   * A profile read: the resolved profile, where each key was written, and the problems found.
   * Locates the problems of later checks: at the key's line and column, or (a key with no place in
   * the files) as the profile's name and the key.
   */
  public record Read(
      RuleProfile profile, Map<ProfileKey, SourceLocation> locations, List<ProfileProblem> problems)
      implements ProfileLocator {
    /** Keeps unmodifiable copies. */
    public Read {
      locations = Map.copyOf(locations);
      problems = List.copyOf(problems);
    }

    /** Where {@code key} was written; a value's key when the value has no place of its own. */
    public Optional<SourceLocation> locate(ProfileKey key) {
      SourceLocation at = locations.get(key);
      return Optional.ofNullable(at != null ? at : locations.get(key.atKey()));
    }

    @Override
    public ProfileProblem problem(ProfileKey key, String message) {
      return locate(key)
          .map(at -> ProfileProblem.at(at, message))
          .orElseGet(() -> ProfileLocator.inMemory(profile.name()).problem(key, message));
    }
  }

  /** A node of a profile document, with the document that locates it. */
  private record Node(LocatedDocument doc, JsonPointer pointer, JsonNode json) {
    /** Where the node's value starts. */
    SourceLocation at() {
      return doc.locateValue(pointer)
          .or(() -> doc.locateNearest(pointer))
          .orElseGet(() -> new SourceLocation(doc.source(), 1, 1));
    }

    /** Where the node's key is (for a list item, where it starts). */
    SourceLocation keyAt() {
      return doc.locate(pointer).orElseGet(this::at);
    }

    boolean isMap() {
      return json.isObject();
    }

    boolean isList() {
      return json.isArray();
    }

    boolean isScalar() {
      return json.isValueNode() || json.isNull();
    }

    boolean isNumber() {
      return json.isNumber();
    }

    /** The scalar's text as written; empty for null. */
    String text() {
      return doc.scalarText(pointer).orElseGet(json::asText);
    }

    String kind() {
      return isScalar() ? "a value" : isMap() ? "a map" : "a list";
    }

    /** The value under {@code key} of this map, if it has one. */
    Optional<Node> get(String key) {
      JsonNode child = json.get(key);
      return child == null
          ? Optional.empty()
          : Optional.of(new Node(doc, pointer.appendProperty(key), child));
    }

    /** The entries of this map, in document order. */
    List<Map.Entry<String, Node>> entries() {
      List<Map.Entry<String, Node>> out = new ArrayList<>();
      json.properties()
          .forEach(
              e ->
                  out.add(
                      Map.entry(
                          e.getKey(),
                          new Node(doc, pointer.appendProperty(e.getKey()), e.getValue()))));
      return out;
    }

    /** The items of this list, in document order. */
    List<Node> items() {
      List<Node> out = new ArrayList<>();
      for (int i = 0; i < json.size(); i++) {
        out.add(new Node(doc, pointer.appendIndex(i), json.get(i)));
      }
      return out;
    }
  }

  private final List<ProfileProblem> problems = new ArrayList<>();
  private final Set<String> reading = new HashSet<>();
  private final ProfileTrust trust;
  private final Origin top;
  private int files;

  private ProfileReader(ProfileTrust trust, Origin top) {
    this.trust = trust;
    this.top = top;
  }

  /**
   * Reads {@code origin} and everything it extends and names. The problems found are in {@link
   * Read#problems()}: the profile holds what could be read, so that later checks can add theirs.
   */
  public static Read read(Origin origin) {
    return read(origin, ProfileTrust.TRUSTED);
  }

  /**
   * Reads {@code origin} as a profile of {@code trust}: an untrusted one may name no DRL or
   * decision tables and no file outside its folder, and its sizes are capped (see {@link
   * ProfileTrust}); what it holds beyond that is a located problem.
   */
  public static Read read(Origin origin, ProfileTrust trust) {
    ProfileReader reader = new ProfileReader(trust, origin);
    Read read = reader.readProfile(origin, null);
    return new Read(read.profile(), read.locations(), reader.problems);
  }

  /** Reads {@code origin}, failing on any problem. */
  public static Read readStrictly(Origin origin) throws RuleProfileException {
    return readStrictly(origin, ProfileTrust.TRUSTED);
  }

  /** Reads {@code origin} as a profile of {@code trust}, failing on any problem. */
  public static Read readStrictly(Origin origin, ProfileTrust trust) throws RuleProfileException {
    Read read = read(origin, trust);
    if (!read.problems().isEmpty()) {
      throw new RuleProfileException(read.problems());
    }
    return read;
  }

  private Read readProfile(Origin origin, SourceLocation from) {
    String source = origin.display();
    Map<ProfileKey, SourceLocation> locations = new HashMap<>();
    ImmutableRuleProfile.Builder b = RuleProfile.builder();
    Optional<LocatedDocument> document = document(origin, from);
    if (document.isEmpty()) {
      return new Read(b.build(), locations, List.of());
    }
    LocatedDocument doc = document.get();
    Node map = new Node(doc, JsonPointer.empty(), doc.root());
    if (doc.isEmpty()) {
      map = new Node(doc, JsonPointer.empty(), DATA.createObjectNode());
    } else if (!map.isMap()) {
      problem(map.at(), "a profile is a map of " + KEYS + ", not " + map.kind());
      return new Read(b.build(), locations, List.of());
    }
    for (Map.Entry<String, Node> key : map.entries()) {
      if (!KEYS.contains(key.getKey())) {
        problem(
            key.getValue().keyAt(),
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
    Optional<Node> ext = map.get("extends");
    String name = fileStem(source);
    if (ext.isPresent()
        && text(ext.get(), "extends").filter(t -> !t.equals("default")).isPresent()) {
      String parentName = ext.get().text();
      Origin parent = origin.resolve(parentName);
      if (!confined(parent, parentName, ext.get().at())) {
        // Refused: the problem is recorded.
      } else if (!reading.add(parent.key())) {
        problem(ext.get().at(), "profile " + parentName + " extends itself (a cycle of extends)");
      } else {
        Read p = readProfile(parent, ext.get().at());
        b.from(p.profile());
        locations.putAll(p.locations());
      }
    }
    reading.add(origin.key());
    Optional<Node> nameNode = map.get("name");
    if (nameNode.isPresent()) {
      name = text(nameNode.get(), "name").orElse(name);
    }
    b.name(name);
    map.get("description").ifPresent(d -> text(d, "description"));

    ImmutableRuleProfile parentProfile = b.build();
    Map<String, RuleSetting> rules = new LinkedHashMap<>(parentProfile.rules());
    // Where each section is, for checks about a section as a whole (the untrusted sizes).
    map.get("rules")
        .ifPresent(n -> locations.put(ProfileKey.section(ProfileKey.Section.RULES), n.keyAt()));
    map.get("parameters")
        .ifPresent(
            n -> locations.put(ProfileKey.section(ProfileKey.Section.PARAMETERS), n.keyAt()));
    map.get("suppressions")
        .ifPresent(
            n -> locations.put(ProfileKey.section(ProfileKey.Section.SUPPRESSIONS), n.keyAt()));
    map.get("drl")
        .ifPresent(n -> locations.put(ProfileKey.section(ProfileKey.Section.DRL), n.keyAt()));
    map.get("decisionTables")
        .ifPresent(
            n -> locations.put(ProfileKey.section(ProfileKey.Section.DECISION_TABLES), n.keyAt()));
    for (String table : List.of("benchmarks", "growthLimits", "conceptSections")) {
      map.get(table).ifPresent(n -> locations.put(ProfileKey.table(table), n.keyAt()));
    }
    map.get("rules")
        .ifPresent(
            rulesNode ->
                forEachEntry(
                    rulesNode,
                    "rules",
                    (id, value) -> {
                      locations.put(ProfileKey.rule(id), value.keyAt());
                      setting(id, value)
                          .ifPresent(s -> rules.merge(id, s, RuleSetting::overriddenBy));
                    }));
    b.rules(rules);
    Map<String, Double> parameters = new LinkedHashMap<>(parentProfile.parameters());
    map.get("parameters")
        .ifPresent(
            paramsNode ->
                forEachEntry(
                    paramsNode,
                    "parameters",
                    (param, value) -> {
                      locations.put(ProfileKey.parameter(param), value.keyAt());
                      locations.put(ProfileKey.parameterValue(param), value.at());
                      if (value.isNumber()) {
                        parameters.put(param, value.json().doubleValue());
                      } else {
                        problem(
                            value.at(),
                            "parameter '" + param + "' must be a number, not " + describe(value));
                      }
                    }));
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
    data(origin, map, "maturityCriteria", CriteriaDoc.class, CriteriaDoc::criteria)
        .ifPresent(
            d -> {
              b.replaceMaturityCriteria(d.replace() || parentProfile.replaceMaturityCriteria());
              b.maturityCriteria(
                  d.replace() ? d.rows() : concat(parentProfile.maturityCriteria(), d.rows()));
            });
    data(origin, map, "maturitySignals", SignalsDoc.class, SignalsDoc::signals)
        .ifPresent(
            d -> {
              b.replaceMaturitySignals(d.replace() || parentProfile.replaceMaturitySignals());
              b.maturitySignals(
                  d.replace() ? d.rows() : concat(parentProfile.maturitySignals(), d.rows()));
            });
    b.addAllDataTables(parentProfile.dataTables());
    map.get("data").ifPresent(node -> dataTables(origin, node).forEach(b::addDataTables));
    // parent's lists come first: the builder's add methods append
    if (trust == ProfileTrust.UNTRUSTED) {
      for (String code : List.of("drl", "decisionTables")) {
        map.get(code)
            .ifPresent(
                n ->
                    problem(
                        n.keyAt(),
                        "an untrusted profile may not add rules of its own: '"
                            + code
                            + "' names "
                            + (code.equals("drl") ? "DRL files" : "decision tables")
                            + ", code that would run inside the host with its rights; remove the"
                            + " key, or have the host load the profile as trusted"));
      }
    }
    for (Node file : untrusted() ? List.<Node>of() : list(map, "drl")) {
      load(origin, file)
          .ifPresent(
              f ->
                  b.addDrl(RuleSource.of(f.name(), new String(f.bytes(), StandardCharsets.UTF_8))));
    }
    for (Node file : untrusted() ? List.<Node>of() : list(map, "decisionTables")) {
      load(origin, file)
          .ifPresent(f -> b.addDecisionTables(DecisionTableSource.of(f.name(), f.bytes())));
    }
    map.get("limits").ifPresent(n -> b.limits(limits(n, parentProfile.limits())));
    b.texts(texts(origin, map.get("texts"), parentProfile.texts()));
    int index = parentProfile.suppressions().size();
    for (Node item : list(map, "suppressions")) {
      Optional<Suppression> suppression = suppression(item);
      if (suppression.isPresent()) {
        b.addSuppressions(suppression.get());
        locations.put(ProfileKey.suppression(index++), item.at());
      }
    }
    return new Read(b.build(), locations, List.of());
  }

  /**
   * The profile document of {@code origin}, or empty with the problem recorded; {@code from} is
   * where a profile that extends it names it.
   */
  private Optional<LocatedDocument> document(Origin origin, SourceLocation from) {
    String source = origin.display();
    Optional<byte[]> bytes;
    try {
      bytes = origin.read(maxBytes());
    } catch (IOException e) {
      problem(from, source, "cannot read " + source + ": " + e.getMessage());
      return Optional.empty();
    }
    if (bytes.isEmpty()) {
      problem(from, source, "profile " + source + " not found");
      return Optional.empty();
    }
    if (!withinSizes(bytes.get(), source, from)) {
      return Optional.empty();
    }
    return located(bytes.get(), source);
  }

  /** {@code bytes} read as a located YAML document, or empty with the problems recorded. */
  private Optional<LocatedDocument> located(byte[] bytes, String source) {
    try {
      return Optional.of(LocatedDocument.read(bytes, source, DocumentFormat.YAML));
    } catch (InvalidDocumentException e) {
      addAll(e, source, false);
      return Optional.empty();
    }
  }

  /**
   * The problems of {@code e}: syntax and safety problems by their message, as in the rest of a
   * profile's problems; binding problems of a data file ({@code withDetail}) with the element path
   * and the fix, which say which row and key is wrong and what it may be.
   */
  private void addAll(InvalidDocumentException e, String source, boolean withDetail) {
    for (Problem p : e.problems()) {
      String message = p.message();
      if (withDetail) {
        message = p.hint().isEmpty() ? message : message + " (fix: " + p.hint() + ")";
        message = p.path().isRoot() ? message : p.path() + ": " + message;
      }
      String text = message;
      problems.add(
          p.location()
              .map(at -> ProfileProblem.at(at, text))
              .orElseGet(() -> ProfileProblem.in(source, text)));
    }
  }

  private interface EntryConsumer {
    void accept(String key, Node value);
  }

  private void forEachEntry(Node n, String what, EntryConsumer consumer) {
    if (n.isMap()) {
      n.entries().forEach(e -> consumer.accept(e.getKey(), e.getValue()));
    } else if (!(n.isScalar() && n.text().isEmpty())) {
      problem(n.at(), "'" + what + "' is a map, not " + describe(n));
    }
  }

  private Optional<RuleSetting> setting(String id, Node value) {
    if (value.isScalar()) {
      // Compact form: ID: off | on | false | true | SEVERITY
      String t = value.text().strip();
      switch (t.toLowerCase(Locale.ROOT)) {
        case "off", "false", "disabled":
          return Optional.of(RuleSetting.disabled());
        case "on", "true", "enabled":
          return Optional.of(RuleSetting.builder().enabled(true).build());
        default:
          Optional<Severity> sev = severity(t, value.at());
          return sev.map(RuleSetting::severity);
      }
    }
    if (!value.isMap()) {
      problem(
          value.at(),
          "the setting of rule "
              + id
              + " is a map {enabled, severity}, off, on or a severity, not "
              + describe(value));
      return Optional.empty();
    }
    var b = RuleSetting.builder();
    for (Map.Entry<String, Node> e : value.entries()) {
      Node v = e.getValue();
      switch (e.getKey()) {
        case "enabled" -> {
          if (v.isScalar() && (v.text().equals("true") || v.text().equals("false"))) {
            b.enabled(Boolean.parseBoolean(v.text()));
          } else {
            problem(v.at(), "'enabled' of rule " + id + " is true or false, not " + describe(v));
          }
        }
        case "severity" -> {
          if (v.isScalar()) {
            severity(v.text(), v.at()).ifPresent(b::severity);
          } else {
            problem(
                v.at(),
                "'severity' of rule "
                    + id
                    + " is one of "
                    + List.of(Severity.values())
                    + ", not "
                    + describe(v));
          }
        }
        default ->
            problem(
                v.keyAt(),
                "unknown key '"
                    + e.getKey()
                    + "' in the setting of rule "
                    + id
                    + "; a rule setting has enabled, severity");
      }
    }
    return Optional.of(b.build());
  }

  private Optional<Severity> severity(String text, SourceLocation at) {
    for (Severity s : Severity.values()) {
      if (s.name().equalsIgnoreCase(text.strip())) {
        return Optional.of(s);
      }
    }
    problem(
        at,
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
      Origin origin, Node map, String key, Class<D> type, Function<D, List<T>> rows) {
    Optional<Node> found = map.get(key);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Node n = found.get();
    if (!n.isMap()) {
      problem(
          n.at(), "'" + key + "' is a map {replace: FILE} or {add: [FILE...]}, not " + describe(n));
      return Optional.empty();
    }
    boolean replace = false;
    List<T> add = new ArrayList<>();
    for (Map.Entry<String, Node> e : n.entries()) {
      List<Node> files;
      if (e.getKey().equals("replace")) {
        replace = true;
        files = List.of(e.getValue());
      } else if (e.getKey().equals("add")) {
        files = e.getValue().isList() ? e.getValue().items() : List.of(e.getValue());
      } else {
        problem(
            e.getValue().keyAt(),
            "unknown key '" + e.getKey() + "' in '" + key + "'; use replace or add");
        continue;
      }
      for (Node file : files) {
        load(origin, file)
            .flatMap(f -> located(f.bytes(), f.name()))
            .ifPresent(doc -> add.addAll(rows(doc, type, rows)));
      }
    }
    return Optional.of(new Rows<>(replace, add));
  }

  /** The tables under {@code data:}: one per data file named, {@code {add|replace: FILE}}. */
  private List<DataTable> dataTables(Origin origin, Node node) {
    List<DataTable> out = new ArrayList<>();
    if (!node.isMap()) {
      problem(
          node.at(),
          "'data' is a map from data file to {replace: FILE} or {add: [FILE...]}, not "
              + describe(node));
      return out;
    }
    for (Map.Entry<String, Node> e : node.entries()) {
      String file = e.getKey();
      Class<?> type = DATA_DOCS.get(file);
      if (type == null) {
        problem(
            e.getValue().keyAt(),
            "unknown data file '"
                + file
                + "'"
                + io.github.crmstrategy.text.Suggestions.closest(file, DataTable.FILES)
                    .map(x -> " (did you mean '" + x + "'?)")
                    .orElse("")
                + "; one of "
                + DataTable.FILES);
        continue;
      }
      @SuppressWarnings("unchecked")
      Class<Object> docType = (Class<Object>) type;
      data(origin, node, file, docType, d -> ((DataDoc) d).rows())
          .ifPresent(r -> out.add(new DataTable(file, r.replace(), r.rows())));
    }
    return out;
  }

  /** The rows of data file {@code doc}, bound to {@code type}; none, with problems, if it fails. */
  private <D, T> List<T> rows(LocatedDocument doc, Class<D> type, Function<D, List<T>> rows) {
    if (doc.isEmpty()) {
      problem(new SourceLocation(doc.source(), 1, 1), "the data file is empty");
      return List.of();
    }
    try {
      List<T> r = rows.apply(doc.bind(DATA, type));
      return r == null ? List.of() : r;
    } catch (InvalidDocumentException ex) {
      addAll(ex, doc.source(), true);
    }
    return List.of();
  }

  private List<Node> list(Node map, String key) {
    Optional<Node> found = map.get(key);
    if (found.isEmpty()) {
      return List.of();
    }
    Node n = found.get();
    if (n.isList()) {
      return n.items();
    }
    problem(n.at(), "'" + key + "' is a list, not " + describe(n));
    return List.of();
  }

  private record Loaded(String name, byte[] bytes) {}

  private Optional<Loaded> load(Origin origin, Node file) {
    if (!file.isScalar() || file.text().isBlank()) {
      problem(file.at(), "expected a file path relative to the profile, not " + describe(file));
      return Optional.empty();
    }
    String relative = file.text();
    Origin target = origin.resolve(relative);
    if (!confined(target, relative, file.at())) {
      return Optional.empty();
    }
    try {
      Optional<byte[]> bytes = target.read(maxBytes());
      if (bytes.isEmpty()) {
        problem(file.at(), "file " + relative + " not found (" + target.display() + ")");
        return Optional.empty();
      }
      if (!withinSizes(bytes.get(), relative, file.at())) {
        return Optional.empty();
      }
      return Optional.of(new Loaded(target.display(), bytes.get()));
    } catch (IOException e) {
      problem(file.at(), "cannot read " + relative + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private boolean untrusted() {
    return trust == ProfileTrust.UNTRUSTED;
  }

  /** The languages a profile may give texts in: the report languages other than English. */
  static final List<String> TEXT_LANGUAGES = List.of("ru");

  /**
   * The texts of {@code texts:} (language tag to a {@code .properties} file relative to the
   * profile, UTF-8, with the keys and patterns of the built-in texts) over the parent's: each key
   * of the profile replaces the parent's.
   */
  private Map<String, Map<String, String>> texts(
      Origin origin, Optional<Node> node, Map<String, Map<String, String>> parent) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    parent.forEach((k, v) -> out.put(k, new LinkedHashMap<>(v)));
    if (node.isEmpty()) {
      return out;
    }
    forEachEntry(
        node.get(),
        "texts",
        (language, file) -> {
          if (!TEXT_LANGUAGES.contains(language)) {
            problem(
                file.keyAt(),
                "texts in '"
                    + language
                    + "': a profile gives texts in "
                    + String.join(", ", TEXT_LANGUAGES)
                    + " (English texts are the rules' own metadata and the data's words)");
            return;
          }
          load(origin, file)
              .ifPresent(
                  f -> {
                    java.util.Properties p = new java.util.Properties();
                    try {
                      p.load(
                          new java.io.StringReader(new String(f.bytes(), StandardCharsets.UTF_8)));
                    } catch (IOException | IllegalArgumentException e) {
                      problem(
                          file.at(), "cannot read texts " + file.text() + ": " + e.getMessage());
                      return;
                    }
                    Map<String, String> texts =
                        out.computeIfAbsent(language, k -> new LinkedHashMap<>());
                    new java.util.TreeSet<>(p.stringPropertyNames())
                        .forEach(
                            key -> {
                              String pattern = p.getProperty(key);
                              if (!balanced(pattern)) {
                                problem(
                                    file.at(),
                                    "texts "
                                        + file.text()
                                        + ", key "
                                        + key
                                        + ": the braces of its pattern do not match: "
                                        + pattern);
                              } else {
                                texts.put(key, pattern);
                              }
                            });
                  });
        });
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    out.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
    return copy;
  }

  /** Whether every brace of {@code pattern} is closed, and none closes what is not open. */
  static boolean balanced(String pattern) {
    int depth = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /** The most bytes a file may have: capped for untrusted profiles. */
  private long maxBytes() {
    return untrusted() ? ProfileTrust.MAX_UNTRUSTED_FILE_BYTES : Integer.MAX_VALUE - 16;
  }

  /**
   * Whether {@code target}, named {@code name} at {@code at}, may be read: any file for a trusted
   * profile; for an untrusted one, a file in its folder, within the number of files.
   */
  private boolean confined(Origin target, String name, SourceLocation at) {
    if (!untrusted()) {
      return true;
    }
    if (!top.folderHolds(target)) {
      problem(
          at,
          "an untrusted profile may only name files in its own folder: " + name + " is outside it");
      return false;
    }
    return true;
  }

  /** Whether {@code bytes} of file {@code name} are within the untrusted sizes (problem if not). */
  private boolean withinSizes(byte[] bytes, String name, SourceLocation at) {
    if (!untrusted()) {
      return true;
    }
    if (++files > ProfileTrust.MAX_UNTRUSTED_FILES) {
      problem(
          at,
          name,
          "an untrusted profile may read at most "
              + ProfileTrust.MAX_UNTRUSTED_FILES
              + " files (itself, what it extends and its tables); "
              + name
              + " is one more");
      return false;
    }
    if (bytes.length > ProfileTrust.MAX_UNTRUSTED_FILE_BYTES) {
      problem(
          at,
          name,
          name
              + " has more than "
              + ProfileTrust.MAX_UNTRUSTED_FILE_BYTES
              + " bytes, the most a file of an untrusted profile may have");
      return false;
    }
    return true;
  }

  /** The keys of {@code limits:}. */
  static final List<String> LIMIT_KEYS =
      List.of("maxFirings", "timeBudgetSeconds", "maxInsertedFacts");

  /** {@code limits:} over {@code parent}'s, key by key; a key with a problem keeps the parent's. */
  private AssessmentLimits limits(Node n, AssessmentLimits parent) {
    AssessmentLimits limits = parent;
    if (!n.isMap()) {
      problem(
          n.at(), "'limits' is a map of " + String.join(", ", LIMIT_KEYS) + ", not " + describe(n));
      return limits;
    }
    for (Map.Entry<String, Node> e : n.entries()) {
      Node v = e.getValue();
      String key = e.getKey();
      if (!LIMIT_KEYS.contains(key)) {
        problem(
            v.keyAt(),
            "unknown key '"
                + key
                + "' in 'limits'"
                + Suggestions.closest(key, LIMIT_KEYS)
                    .map(s -> " (did you mean '" + s + "'?)")
                    .orElse("")
                + "; limits are "
                + String.join(", ", LIMIT_KEYS));
        continue;
      }
      if (!v.isNumber()) {
        problem(v.at(), "limit '" + key + "' must be a number, not " + describe(v));
        continue;
      }
      double value = v.json().doubleValue();
      switch (key) {
        case "timeBudgetSeconds" -> {
          if (!(value > 0 && value <= MAX_TIME_BUDGET_SECONDS)) {
            problem(
                v.at(),
                "limit 'timeBudgetSeconds' is a number of seconds above 0 and at most "
                    + MAX_TIME_BUDGET_SECONDS
                    + ", not "
                    + v.text());
          } else {
            limits =
                limits.withTimeBudget(Duration.ofMillis(Math.max(1, Math.round(value * 1000))));
          }
        }
        case "maxFirings", "maxInsertedFacts" -> {
          int min = key.equals("maxFirings") ? 1 : 0;
          if (value != Math.rint(value) || value < min || value > Integer.MAX_VALUE) {
            problem(
                v.at(),
                "limit '" + key + "' is a whole number of at least " + min + ", not " + v.text());
          } else if (key.equals("maxFirings")) {
            limits = limits.withMaxFirings((int) value);
          } else {
            limits = limits.withMaxInsertedFacts((int) value);
          }
        }
        default -> throw new IllegalStateException(key);
      }
    }
    return limits;
  }

  /** Longest time budget a profile may give one assessment: an hour. */
  static final int MAX_TIME_BUDGET_SECONDS = 3600;

  private Optional<Suppression> suppression(Node item) {
    if (!item.isMap()) {
      problem(
          item.at(), "a suppression is a map {rule, path, justification}, not " + describe(item));
      return Optional.empty();
    }
    Map<String, String> v = new HashMap<>();
    for (Map.Entry<String, Node> e : item.entries()) {
      if (!List.of("rule", "path", "justification").contains(e.getKey())) {
        problem(
            e.getValue().keyAt(),
            "unknown key '"
                + e.getKey()
                + "' in a suppression; a suppression has rule, path, justification");
        continue;
      }
      text(e.getValue(), e.getKey()).ifPresent(t -> v.put(e.getKey(), t));
    }
    if (!v.containsKey("rule")) {
      problem(item.at(), "a suppression needs the rule id it suppresses ('rule')");
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
    if (n.isScalar()) {
      return Optional.of(n.text());
    }
    problem(n.at(), "'" + what + "' is a text, not " + describe(n));
    return Optional.empty();
  }

  private static String describe(Node n) {
    return n.isScalar() ? (n.text().isEmpty() ? "nothing" : "'" + n.text() + "'") : n.kind();
  }

  private void problem(SourceLocation at, String message) {
    problems.add(ProfileProblem.at(at, message));
  }

  /** A problem at {@code at} when known, else in {@code place}. */
  private void problem(SourceLocation at, String place, String message) {
    problems.add(at != null ? ProfileProblem.at(at, message) : ProfileProblem.in(place, message));
  }

  private void problem(Optional<SourceLocation> at, String place, String message) {
    problem(at.orElse(null), place, message);
  }

  private static String fileStem(String source) {
    String s = source.substring(source.lastIndexOf('/') + 1);
    int dot = s.lastIndexOf('.');
    return dot > 0 ? s.substring(0, dot) : s;
  }

  // Data file shapes: the same as the built-in tables.

  /** A data document whose rows a profile adds: every list it holds. */
  interface DataDoc {
    List<Object> rows();

    static List<Object> all(List<?>... lists) {
      List<Object> out = new ArrayList<>();
      for (List<?> l : lists) {
        if (l != null) {
          out.addAll(l);
        }
      }
      return out;
    }
  }

  static final class CatalogueDoc implements DataDoc {
    public List<UnitSpec> units;
    public List<UnitScale> scales;
    public List<IndicatorKind> kinds;

    @Override
    public List<Object> rows() {
      return DataDoc.all(units, scales, kinds);
    }
  }

  static final class RelationsDoc implements DataDoc {
    public List<IndicatorRelation> relations;

    @Override
    public List<Object> rows() {
      return DataDoc.all(relations);
    }
  }

  static final class IndustriesDoc implements DataDoc {
    public List<Industry> industries;

    @Override
    public List<Object> rows() {
      return DataDoc.all(industries);
    }
  }

  static final class VocabularyDoc implements DataDoc {
    public List<VocabularyConcept> concepts;

    @Override
    public List<Object> rows() {
      return DataDoc.all(concepts);
    }
  }

  static final class ChecksDoc implements DataDoc {
    public List<CoverageCheck> coverage;
    public List<OrderingCheck> orderings;
    public List<TextCheck> texts;

    @Override
    public List<Object> rows() {
      return DataDoc.all(coverage, orderings, texts);
    }
  }

  static final class FoldingDoc implements DataDoc {
    public List<FoldRule> folds;

    @Override
    public List<Object> rows() {
      return DataDoc.all(folds);
    }
  }

  private static final Map<String, Class<?>> DATA_DOCS =
      Map.of(
          "indicator-catalogue", CatalogueDoc.class,
          "indicator-relations", RelationsDoc.class,
          "industries", IndustriesDoc.class,
          "vocabulary", VocabularyDoc.class,
          "checks", ChecksDoc.class,
          "folding", FoldingDoc.class);

  static final class RangesDoc {
    public List<BenchmarkRange> ranges;
  }

  static final class LimitsDoc {
    public List<GrowthLimit> limits;
  }

  static final class SectionsDoc {
    public List<RequiredSection> sections;
  }

  /** A maturity criteria file: {@code criteria:} rows as data/maturity-model.yaml writes them. */
  static final class CriteriaDoc {
    public List<CriterionRow> criteria;

    List<MaturityCriterion> criteria() {
      return criteria == null ? null : criteria.stream().map(CriterionRow::toCriterion).toList();
    }
  }

  static final class CriterionRow {
    public String id;
    public String block;
    public int tier;
    public double weight;
    public String description;
    public String measure;
    public double fullAt = 1;
    public Double partialFrom;
    public boolean required;

    MaturityCriterion toCriterion() {
      return MaturityCriterion.of(
          id, block, tier, weight, description, measure, fullAt, partialFrom, required);
    }
  }

  /** A maturity signals file: {@code signals:} rows as data/maturity-model.yaml writes them. */
  static final class SignalsDoc {
    public List<SignalRow> signals;

    List<MaturitySignal> signals() {
      return signals == null ? null : signals.stream().map(SignalRow::toSignal).toList();
    }
  }

  static final class SignalRow {
    public String id;
    public List<String> sources = List.of();
    public Map<String, List<String>> phrases = Map.of();
    public List<String> siloedAreas = List.of();
    public List<String> remedies = List.of();
    public List<String> remedyRoles = List.of();

    MaturitySignal toSignal() {
      List<String> all = new ArrayList<>();
      phrases.values().forEach(all::addAll);
      return new MaturitySignal(id, sources, all, siloedAreas, remedies, remedyRoles);
    }
  }
}
