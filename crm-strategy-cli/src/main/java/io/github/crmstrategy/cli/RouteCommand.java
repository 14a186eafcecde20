package io.github.crmstrategy.cli;

import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.report.ReportTheme;
import io.github.crmstrategy.report.RouteRenderer;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RouteProposal;
import io.github.crmstrategy.rules.RuleExecutionException;
import io.github.crmstrategy.text.Languages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code route [FILE...]}: reviews each plan and prints a draft route, a {@code roadmap:} fragment
 * to paste into the plan (or the route as text or JSON).
 */
@Command(
    name = "route",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reviews plan documents and proposes a draft route for each: the capabilities not yet live"
          + " phased by dependency (what they depend on, customer data before analytics, indicators"
          + " after the capabilities that drive them) over the plan's horizon, with each building"
          + " block's level steps at maturity.route.yearsPerLevel years a step.",
      "Prints a YAML roadmap: fragment to paste in place of the plan's roadmap (--format yaml, the"
          + " default), the route as text, as JSON, or as an HTML page with a timeline; says whether the route fits the horizon and"
          + " where the plan's own roadmap differs.",
      "With no FILE and no --sample, proposes a route for the bundled reference plan."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:a route was proposed for every plan",
      "1:an assessment was cut short (a rule failed or a guard stopped it)",
      "2:a document is invalid or cannot be read, the profile is broken, or the command line is"
          + " wrong"
    })
public final class RouteCommand implements Callable<Integer> {
  /** The output formats of {@code route}. */
  enum Format {
    yaml,
    text,
    json,
    html
  }

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Plan documents: YAML, or JSON when the name ends in .json.")
  private List<Path> files = new ArrayList<>();

  @Option(
      names = "--sample",
      paramLabel = "NAME",
      completionCandidates = SampleNames.class,
      description = "Also propose a route for the bundled sample NAME (repeatable).")
  private List<String> samples = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "yaml (the roadmap: fragment, default), text, json or html (a timeline of the"
              + " proposed phases above the plan's own).")
  private Format format = Format.yaml;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      description =
          "Review with the rule profile PROFILE (its maturity.route.yearsPerLevel and model).")
  private Path profile;

  @Option(
      names = "--untrusted-profile",
      description =
          "Read the profile as untrusted: data only (no DRL or decision tables), files only from"
              + " its folder, sizes capped.")
  private boolean untrustedProfile;

  @CommandLine.Mixin private CacheOptions cacheOptions = new CacheOptions();

  @CommandLine.Mixin private LanguageOption language = new LanguageOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Reviewer> chosen =
        ProfileOptions.reviewer(profile, untrustedProfile, cacheOptions, err);
    if (chosen.isEmpty()) {
      return ExitCodes.INVALID;
    }
    Reviewer reviewer = chosen.get();
    // Only the HTML page uses the profile's report theme; a broken theme fails only that format.
    Optional<ReportTheme> theme =
        format == Format.html
            ? ProfileOptions.theme(profile, untrustedProfile, err)
            : Optional.of(ReportTheme.defaults());
    if (theme.isEmpty()) {
      return ExitCodes.INVALID;
    }
    PlanLoader loader = new PlanLoader(err);
    List<PlanSource> sources = PlanLoader.sources(spec, files, samples);
    int status = ExitCodes.OK;
    for (PlanSource source : sources) {
      Optional<LoadedPlan> loaded = loader.load(source);
      if (loaded.isEmpty()) {
        status = ExitCodes.INVALID;
        continue;
      }
      RouteProposal route;
      try {
        route = reviewer.route(loaded.get().plan());
      } catch (RuleExecutionException e) {
        loader.reportFailure(source, e);
        status = Math.max(status, ExitCodes.SOFTWARE);
        continue;
      }
      if (sources.size() > 1 && format != Format.json && format != Format.html) {
        out.println((format == Format.yaml ? "# " : "") + source.displayName());
      }
      // --lang, else the plan's own language, else the platform's.
      Locale lang = Languages.choose(language.language(), loaded.get().plan().language());
      out.print(
          switch (format) {
            case yaml -> RouteRenderer.yaml(route, lang);
            case text -> RouteRenderer.text(route, lang);
            case json -> RouteRenderer.json(source.displayName(), route);
            case html ->
                RouteRenderer.html(
                    source.displayName(), loaded.get().plan(), route, theme.get(), lang);
          });
      out.flush();
    }
    return status;
  }
}
