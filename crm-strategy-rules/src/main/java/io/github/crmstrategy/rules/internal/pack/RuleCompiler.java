package io.github.crmstrategy.rules.internal.pack;

import io.github.crmstrategy.rules.profile.ProfileProblem;
import io.github.crmstrategy.rules.profile.RuleProfile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.KieBase;

/**
 * Compiles a profile's own rules (DRL files, decision tables) with the built-in rules at run time.
 * The built-in pack needs no compiler (it is precompiled to the executable model at build time), so
 * the compiler and what it brings (the DRL parser and compiler, the executable-model code
 * generator, Eclipse's Java compiler, Apache POI for workbooks) are in the optional module {@value
 * RuleCompilers#MODULE}, found through {@link java.util.ServiceLoader} (see {@link RuleCompilers}).
 * An internal interface: it changes with the rules module, and the compiler module is released with
 * it at the same version.
 */
public interface RuleCompiler {
  /**
   * The built-in rules and the profile's own DRL files and decision tables compiled together, or
   * empty with the reasons added to {@code problems}: syntax errors of every file, compiler errors
   * located in the analyst's file, and the metadata problems {@link AnalystRuleLint} finds. The
   * compiled pack is taken from {@code cache} when it holds it, and stored there after a build.
   *
   * @param profile the profile, with at least one DRL file or decision table
   * @param builtIn the built-in pack
   * @param builtInIds the rule ids of the built-in pack
   * @param aliases deprecated rule ids to their current ids
   * @param problems where the problems are added
   * @param cache the compiled-rules cache, if any
   */
  Optional<KieBase> compile(
      RuleProfile profile,
      KieBase builtIn,
      Set<String> builtInIds,
      Map<String, String> aliases,
      List<ProfileProblem> problems,
      Optional<KjarStore> cache);
}
