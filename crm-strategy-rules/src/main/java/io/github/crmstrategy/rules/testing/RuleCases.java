package io.github.crmstrategy.rules.testing;

import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.InvalidPlanException;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.document.PlanPatch;
import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.rules.profile.ProfileProblem;
import io.github.crmstrategy.rules.profile.RuleProfileException;
import io.github.crmstrategy.rules.testing.CaseResult.Mismatch;
import io.github.crmstrategy.rules.testing.CaseResult.Status;
import io.github.crmstrategy.text.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rule cases of a workspace, and the reviewer that runs them.
 *
 * <p>A workspace is a folder with a rule profile ({@code profile.yaml}, optional: without it the
 * built-in rules run) and a {@code cases/} folder of case files ({@code *.yaml}). A case file holds
 * a list of cases under {@code cases:}:
 *
 * <pre>{@code
 * cases:
 *   - rule: ACME-001
 *     title: a CRM indicator with a baseline and no history
 *     base: northwind-telecom            # a bundled sample, plans/NAME, or a plan file
 *     breaks: {remove: ["crmStrategy.goals[CG1].indicators[KPI-LTV].history"]}
 *     expect:
 *       - {path: "crmStrategy.goals[CG1].indicators[KPI-LTV]", severity: INFO, message: [no history]}
 *     nearMiss: {set: {"crmStrategy.goals[CG1].indicators[KPI-LTV].history": [...]}}
 * }</pre>
 *
 * <p>A case passes when the rule is silent on the base plan (unless {@code baseFires}), its
 * findings (and those of any other rule an expectation names) on the broken plan are exactly {@code
 * expect}, the rules of {@code silent} report nothing there, and neither the rule nor those of
 * {@code nearMissSilent} report the near miss. Use:
 *
 * <pre>{@code
 * RuleCases cases = RuleCases.load(Path.of("my-workspace"));
 * for (CaseResult r : cases.run()) {
 *   System.out.println(r.report());
 * }
 * }</pre>
 *
 * <p>Instances are immutable; {@link #run()} may be called from several threads.
 */
public final class RuleCases {
  /** The profile of a workspace. */
  public static final String PROFILE = "profile.yaml";

  /** The folder of case files in a workspace. */
  public static final String CASES = "cases";

  /** The folder of plans cases name by name, beside a case file or in the workspace. */
  public static final String PLANS = "plans";

  private static final String SAMPLES = "/io/github/crmstrategy/samples/plans/";
  private static final Set<String> KEYS =
      Set.of(
          "rule",
          "title",
          "base",
          "baseFires",
          "breaks",
          "expect",
          "silent",
          "nearMiss",
          "nearMissSilent");
  private static final Set<String> EXPECT_KEYS = Set.of("rule", "path", "severity", "message");

  private final Reviewer reviewer;
  private final Path workspace;
  private final List<RuleCase> cases;

  private RuleCases(Reviewer reviewer, Path workspace, List<RuleCase> cases) {
    this.reviewer = reviewer;
    this.workspace = workspace;
    this.cases = List.copyOf(cases);
  }

  /**
   * The cases of {@code workspace}, run with the reviewer of its {@code profile.yaml} (the built-in
   * rules when it has none).
   *
   * @throws RuleCaseException when the profile or a case file is broken (every located problem)
   */
  public static RuleCases load(Path workspace) throws RuleCaseException {
    Path profile = workspace.resolve(PROFILE);
    return load(workspace, Files.isRegularFile(profile) ? profile : null);
  }

  /**
   * The cases of {@code workspace}, run with the reviewer of {@code profile} (null: the built-in
   * rules).
   *
   * @throws RuleCaseException when the profile or a case file is broken (every located problem)
   */
  public static RuleCases load(Path workspace, Path profile) throws RuleCaseException {
    Reviewer reviewer;
    if (profile == null) {
      reviewer = Reviewer.withDefaultRules();
    } else {
      try {
        reviewer = Reviewer.fromProfile(profile);
      } catch (RuleProfileException e) {
        List<CaseProblem> problems = new ArrayList<>();
        for (ProfileProblem p : e.problems()) {
          problems.add(new CaseProblem(p.location(), p.place(), p.message()));
        }
        throw new RuleCaseException(problems);
      }
    }
    return load(reviewer, workspace);
  }

  /**
   * The cases of the {@code cases/} folder of {@code workspace}, run with {@code reviewer} (a host
   * that builds its reviewer itself, or the command line with its compiled-rules cache).
   *
   * @throws RuleCaseException when the folder is missing or a case file is broken
   */
  public static RuleCases load(Reviewer reviewer, Path workspace) throws RuleCaseException {
    return loadFolder(reviewer, workspace, workspace.resolve(CASES));
  }

  /**
   * The cases of every {@code *.yaml} file of {@code folder} (not of its subfolders), run with
   * {@code reviewer}; plans named by name are looked up in {@code plans/} beside the case file,
   * then in {@code plans/} of {@code workspace}, then among the bundled samples when they are on
   * the class path.
   *
   * @throws RuleCaseException when the folder is missing or a case file is broken
   */
  public static RuleCases loadFolder(Reviewer reviewer, Path workspace, Path folder)
      throws RuleCaseException {
    if (!Files.isDirectory(folder)) {
      throw new RuleCaseException(
          List.of(CaseProblem.in(folder.toString(), "no folder of rule cases here")));
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files =
          list.filter(Files::isRegularFile)
              .filter(
                  p -> {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return n.endsWith(".yaml") || n.endsWith(".yml");
                  })
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new RuleCaseException(List.of(CaseProblem.in(folder.toString(), e.toString())));
    }
    Set<String> ids =
        reviewer.rules().stream()
            .map(RuleDescriptor::id)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    List<CaseProblem> problems = new ArrayList<>();
    List<RuleCase> cases = new ArrayList<>();
    for (Path file : files) {
      cases.addAll(readFile(file, ids, problems));
    }
    if (!problems.isEmpty()) {
      throw new RuleCaseException(problems);
    }
    return new RuleCases(reviewer, workspace, cases);
  }

  /** The reviewer the cases run with. */
  public Reviewer reviewer() {
    return reviewer;
  }

  /** Every case, file by file in name order, in the order each file writes them. */
  public List<RuleCase> cases() {
    return cases;
  }

  /** Runs every case. */
  public List<CaseResult> run() {
    Map<String, String> plans = new HashMap<>();
    return cases.stream().map(c -> run(c, plans)).toList();
  }

  /** Runs {@code testCase} (a case of these or of another workspace) with this reviewer. */
  public CaseResult run(RuleCase testCase) {
    return run(testCase, new HashMap<>());
  }

  /** A case that cannot run: where and why. */
  private static final class Broken extends Exception {
    private static final long serialVersionUID = 1L;
    final transient CaseProblem problem;

    Broken(CaseProblem problem) {
      super(problem.toString());
      this.problem = problem;
    }
  }

  private CaseResult run(RuleCase c, Map<String, String> plans) {
    try {
      String text = baseText(c, plans);
      List<Mismatch> out = new ArrayList<>();
      if (c.breaks().isPresent() && !c.baseFires()) {
        AssessmentReport base = reviewer.assess(plan(c, text, Optional.empty(), "base"));
        List<Finding> found = base.findingsOf(c.rule());
        if (!found.isEmpty()) {
          out.add(new Mismatch("the base plan", List.of(c.rule()), c.at("base"), List.of(), found));
        }
      }
      AssessmentReport broken = reviewer.assess(plan(c, text, c.breaks(), "breaks"));
      Set<String> rules = new LinkedHashSet<>();
      rules.add(c.rule());
      c.expect().forEach(e -> rules.add(e.rule()));
      List<Finding> actual = new ArrayList<>();
      for (Finding f : broken.findings()) {
        if (rules.contains(f.ruleId())) {
          actual.add(f);
        }
      }
      List<ExpectedFinding> missing = new ArrayList<>();
      for (ExpectedFinding e : c.expect()) {
        Optional<Finding> match = actual.stream().filter(e::matches).findFirst();
        if (match.isPresent()) {
          actual.remove(match.get());
        } else {
          missing.add(e);
        }
      }
      String brokenPlan = c.breaks().isPresent() ? "the broken plan" : "the plan " + c.base();
      if (!missing.isEmpty() || !actual.isEmpty()) {
        out.add(
            new Mismatch(
                brokenPlan, List.copyOf(rules), c.at("expect"), missing, List.copyOf(actual)));
      }
      for (String s : c.silent()) {
        List<Finding> found = broken.findingsOf(s);
        if (!found.isEmpty()) {
          out.add(new Mismatch(brokenPlan, List.of(s), c.at("silent"), List.of(), found));
        }
      }
      if (c.nearMiss().isPresent()) {
        AssessmentReport near = reviewer.assess(plan(c, text, c.nearMiss(), "nearMiss"));
        List<String> quiet = new ArrayList<>();
        quiet.add(c.rule());
        quiet.addAll(c.nearMissSilent());
        for (String s : quiet) {
          List<Finding> found = near.findingsOf(s);
          if (!found.isEmpty()) {
            out.add(new Mismatch("the near miss", List.of(s), c.at("nearMiss"), List.of(), found));
          }
        }
      }
      return new CaseResult(c, out.isEmpty() ? Status.PASSED : Status.FAILED, out, List.of());
    } catch (Broken b) {
      return new CaseResult(c, Status.BROKEN, List.of(), List.of(b.problem));
    }
  }

  private PlanDocument plan(
      RuleCase c, String text, Optional<Map<String, Object>> change, String key) throws Broken {
    SourceLocation at = c.at(key);
    try {
      if (change.isEmpty()) {
        return PlanDocuments.read(text, c.base(), DocumentFormat.YAML).plan();
      }
      return PlanPatch.of(text).apply(change.get()).read(at.source() + ":" + at.line()).plan();
    } catch (InvalidPlanException e) {
      throw new Broken(
          CaseProblem.at(
              at,
              (change.isEmpty() ? "the plan " + c.base() : "the plan after " + key)
                  + " is not a valid plan document: "
                  + e.getMessage()));
    } catch (RuntimeException e) {
      throw new Broken(CaseProblem.at(at, key + ": " + e.getMessage()));
    }
  }

  private String baseText(RuleCase c, Map<String, String> plans) throws Broken {
    Path dir = c.file().toAbsolutePath().getParent();
    String base = c.base();
    List<Path> candidates = new ArrayList<>();
    String lower = base.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
      candidates.add(dir.resolve(base));
    } else {
      for (Path folder : List.of(dir.resolve(PLANS), workspace.toAbsolutePath().resolve(PLANS))) {
        for (String ext : List.of(".yaml", ".yml", ".json")) {
          candidates.add(folder.resolve(base + ext));
        }
      }
    }
    for (Path p : candidates) {
      if (Files.isRegularFile(p)) {
        String key = p.normalize().toString();
        String cached = plans.get(key);
        if (cached != null) {
          return cached;
        }
        try {
          String text = Files.readString(p, StandardCharsets.UTF_8);
          plans.put(key, text);
          return text;
        } catch (IOException e) {
          throw new Broken(CaseProblem.at(c.at("base"), "cannot read " + p + ": " + e));
        }
      }
    }
    if (!base.contains("/") && !lower.contains(".")) {
      try (InputStream in = RuleCases.class.getResourceAsStream(SAMPLES + base + ".yaml")) {
        if (in != null) {
          return plans.computeIfAbsent(
              "sample:" + base, k -> new String(readAll(in), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new Broken(CaseProblem.at(c.at("base"), "cannot read the sample " + base));
      }
    }
    throw new Broken(
        CaseProblem.at(
            c.at("base"),
            "no plan '"
                + base
                + "': "
                + (candidates.size() == 1
                    ? "no file " + candidates.get(0)
                    : "not in plans/ beside the case file or in the workspace, and no bundled"
                        + " sample of that name")));
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // ---- reading case files ----

  private static List<RuleCase> readFile(Path file, Set<String> ids, List<CaseProblem> problems) {
    String source = file.toString();
    CaseYaml.Node root;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = CaseYaml.read(r, source);
    } catch (CaseYaml.SyntaxException e) {
      problems.add(CaseProblem.at(e.at, e.getMessage()));
      return List.of();
    } catch (IOException e) {
      problems.add(CaseProblem.in(source, "cannot read: " + e));
      return List.of();
    }
    if (root.value() == null) {
      return List.of();
    }
    if (!(root.value() instanceof Map<?, ?> top)) {
      problems.add(CaseProblem.at(root.at(), "a case file is a map with a list under 'cases'"));
      return List.of();
    }
    for (Object k : top.keySet()) {
      if (!k.equals("cases")) {
        problems.add(
            CaseProblem.at(
                root.keys().get(k), "unknown key '" + k + "' (a case file has 'cases')"));
      }
    }
    CaseYaml.Node list = (CaseYaml.Node) top.get("cases");
    if (list == null || list.value() == null) {
      return List.of();
    }
    if (!(list.value() instanceof List<?> items)) {
      problems.add(CaseProblem.at(list.at(), "'cases' is a list of cases"));
      return List.of();
    }
    List<RuleCase> out = new ArrayList<>();
    for (Object item : items) {
      readCase(file, (CaseYaml.Node) item, ids, problems).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<RuleCase> readCase(
      Path file, CaseYaml.Node node, Set<String> ids, List<CaseProblem> problems) {
    if (!(node.value() instanceof Map<?, ?> raw)) {
      problems.add(CaseProblem.at(node.at(), "a case is a map (rule, base, expect, ...)"));
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    Map<String, CaseYaml.Node> m = (Map<String, CaseYaml.Node>) raw;
    int before = problems.size();
    for (String k : m.keySet()) {
      if (!KEYS.contains(k)) {
        problems.add(
            CaseProblem.at(
                node.keys().get(k),
                "unknown key '"
                    + k
                    + "' in a case (keys: "
                    + String.join(", ", sorted(KEYS))
                    + ")"));
      }
    }
    String rule = ruleId(m.get("rule"), node.at(), "rule", ids, problems, true);
    Optional<String> title = text(m.get("title"), "title", problems);
    String base =
        text(m.get("base"), "base", problems)
            .orElseGet(
                () -> {
                  problems.add(CaseProblem.at(node.at(), "a case needs 'base' (the plan)"));
                  return "";
                });
    boolean baseFires = false;
    CaseYaml.Node fires = m.get("baseFires");
    if (fires != null) {
      if (fires.value() instanceof Boolean b) {
        baseFires = b;
      } else {
        problems.add(CaseProblem.at(fires.at(), "'baseFires' is true or false"));
      }
    }
    Optional<Map<String, Object>> breaks = change(m.get("breaks"), "breaks", problems);
    Optional<Map<String, Object>> nearMiss = change(m.get("nearMiss"), "nearMiss", problems);
    List<ExpectedFinding> expect = new ArrayList<>();
    CaseYaml.Node ex = m.get("expect");
    if (ex == null) {
      problems.add(
          CaseProblem.at(
              node.at(), "a case needs 'expect' (the findings expected; [] when there are none)"));
    } else if (ex.value() instanceof List<?> l) {
      for (Object o : l) {
        expected((CaseYaml.Node) o, rule, ids, problems).ifPresent(expect::add);
      }
    } else if (ex.value() != null) {
      problems.add(CaseProblem.at(ex.at(), "'expect' is a list of findings"));
    }
    List<String> silent = ruleIds(m.get("silent"), "silent", ids, problems);
    List<String> nearMissSilent = ruleIds(m.get("nearMissSilent"), "nearMissSilent", ids, problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    Map<String, SourceLocation> keys = new LinkedHashMap<>(node.keys());
    return Optional.of(
        new RuleCase(
            file,
            node.at(),
            rule,
            title,
            base,
            baseFires,
            breaks,
            expect,
            silent,
            nearMiss,
            nearMissSilent,
            keys));
  }

  private static Optional<ExpectedFinding> expected(
      CaseYaml.Node node, String caseRule, Set<String> ids, List<CaseProblem> problems) {
    if (!(node.value() instanceof Map<?, ?> raw)) {
      problems.add(
          CaseProblem.at(node.at(), "an expected finding is a map (path, severity, message)"));
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    Map<String, CaseYaml.Node> m = (Map<String, CaseYaml.Node>) raw;
    int before = problems.size();
    for (String k : m.keySet()) {
      if (!EXPECT_KEYS.contains(k)) {
        problems.add(
            CaseProblem.at(
                node.keys().get(k),
                "unknown key '"
                    + k
                    + "' in an expected finding (keys: "
                    + String.join(", ", sorted(EXPECT_KEYS))
                    + ")"));
      }
    }
    String rule =
        m.containsKey("rule")
            ? ruleId(m.get("rule"), node.at(), "rule", ids, problems, true)
            : caseRule;
    Optional<String> path = text(m.get("path"), "path", problems);
    if (path.isEmpty()) {
      problems.add(CaseProblem.at(node.at(), "an expected finding needs 'path'"));
    }
    Optional<Severity> severity = Optional.empty();
    CaseYaml.Node sev = m.get("severity");
    if (sev != null) {
      try {
        severity =
            Optional.of(Severity.valueOf(String.valueOf(sev.value()).toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        problems.add(
            CaseProblem.at(
                sev.at(), "severity is ERROR, WARNING or INFO, not '" + sev.value() + "'"));
      }
    }
    List<String> message = new ArrayList<>();
    CaseYaml.Node msg = m.get("message");
    if (msg != null) {
      if (msg.value() instanceof List<?> l) {
        for (Object o : l) {
          message.add(String.valueOf(((CaseYaml.Node) o).value()));
        }
      } else if (msg.value() != null) {
        message.add(String.valueOf(msg.value()));
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new ExpectedFinding(rule, path.get(), severity, message, node.at()));
  }

  private static Optional<String> text(CaseYaml.Node node, String key, List<CaseProblem> problems) {
    if (node == null || node.value() == null) {
      return Optional.empty();
    }
    if (node.value() instanceof Map || node.value() instanceof List) {
      problems.add(CaseProblem.at(node.at(), "'" + key + "' is a text"));
      return Optional.empty();
    }
    return Optional.of(String.valueOf(node.value()));
  }

  private static String ruleId(
      CaseYaml.Node node,
      SourceLocation caseAt,
      String key,
      Set<String> ids,
      List<CaseProblem> problems,
      boolean required) {
    Optional<String> id = text(node, key, problems);
    if (id.isEmpty()) {
      if (required && (node == null || node.value() == null)) {
        problems.add(CaseProblem.at(caseAt, "a case needs '" + key + "' (a rule id)"));
      }
      return "";
    }
    if (!ids.contains(id.get())) {
      problems.add(CaseProblem.at(node.at(), unknownRule(id.get(), ids)));
    }
    return id.get();
  }

  private static List<String> ruleIds(
      CaseYaml.Node node, String key, Set<String> ids, List<CaseProblem> problems) {
    if (node == null || node.value() == null) {
      return List.of();
    }
    if (!(node.value() instanceof List<?> l)) {
      problems.add(CaseProblem.at(node.at(), "'" + key + "' is a list of rule ids"));
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object o : l) {
      CaseYaml.Node n = (CaseYaml.Node) o;
      String id = String.valueOf(n.value());
      if (!ids.contains(id)) {
        problems.add(CaseProblem.at(n.at(), unknownRule(id, ids)));
      }
      out.add(id);
    }
    return out;
  }

  private static String unknownRule(String id, Set<String> ids) {
    return "unknown rule id '"
        + id
        + "'"
        + Suggestions.closest(id, ids).map(n -> " (did you mean '" + n + "'?)").orElse("")
        + " in the rules of this profile";
  }

  @SuppressWarnings("unchecked")
  private static Optional<Map<String, Object>> change(
      CaseYaml.Node node, String key, List<CaseProblem> problems) {
    if (node == null || node.value() == null) {
      return Optional.empty();
    }
    if (!(node.value() instanceof Map<?, ?> m)) {
      problems.add(CaseProblem.at(node.at(), "'" + key + "' is a map of remove, set and add"));
      return Optional.empty();
    }
    for (Object op : m.keySet()) {
      if (!List.of("remove", "set", "add").contains(op)) {
        problems.add(
            CaseProblem.at(
                node.keys().get(op),
                "unknown change '" + op + "' in '" + key + "' (changes: remove, set, add)"));
      }
    }
    return Optional.of((Map<String, Object>) node.plain());
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }
}
