package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.text.Wording;
import java.util.List;
import java.util.Map;

/**
 * One element of the plan as the cross-element checks read it: its kind, its own words, what the
 * vocabulary finds in them and the tags the extractor derived. One per goal, strategy, task,
 * segment, capability, phase, milestone, environment statement, SWOT item, competitor, prior
 * initiative (and each of its lessons and reusable results), governance role, concept section,
 * answer (loyalty, interaction, advocacy), vision, mission and architecture.
 *
 * <p>Kinds: {@code environment}, {@code strength}, {@code weakness}, {@code opportunity}, {@code
 * threat}, {@code corporateGoal}, {@code strategy}, {@code task}, {@code crmGoal}, {@code
 * relationshipStrategy}, {@code crmTask}, {@code segment}, {@code capability}, {@code phase},
 * {@code milestone}, {@code section}, {@code answer}, {@code vision}, {@code mission}, {@code
 * crmVision}, {@code architecture}, {@code competitor}, {@code priorInitiative}, {@code lesson},
 * {@code reusable}, {@code role}, {@code indicator}.
 *
 * <p>Tags: {@code ideal}, {@code business}, {@code consumer} (segments, relationship strategies by
 * their segments; goals by their words); {@code customerPerspective} and {@code customerDependent}
 * (corporate goals); {@code threat} and {@code regulation} (statements); {@code ahead}, {@code
 * level}, {@code behind} (competitors); {@code planned}, {@code building}, {@code live}
 * (capabilities); {@code mentioned} (reusable results whose words appear in a capability, task or
 * concept section); {@code system} (tasks that speak of systems or data); {@code changeManagement}
 * (roles and tasks); {@code failed}, {@code partial}, {@code succeeded} (prior initiatives).
 *
 * @param kind element kind
 * @param id the element's id, or its key when it has none (a competitor's name, a section id, a
 *     lesson's text)
 * @param path element path
 * @param parentId id (or key) of the element it belongs to: a lesson's or reusable result's
 *     initiative; empty otherwise
 * @param label the element's own words, as messages quote them (statement or name, or the text)
 * @param text all its words the vocabulary reads (statement, name, notes)
 * @param tags the tags above, sorted
 * @param areas the vocabulary areas its words mention, with a capability's {@code covers} and a
 *     competitor's {@code aheadOn}, sorted
 * @param words number of words of its text
 * @param placeholder whether its text is a placeholder ("TBD", "-") or marked unfinished
 * @param reasons why a tag was given, by tag (for example why a goal depends on customers)
 * @param reasonWordings the reasons in words any language can say, by tag
 */
public record ElementFact(
    String kind,
    String id,
    ElementPath path,
    String parentId,
    String label,
    String text,
    List<String> tags,
    List<String> areas,
    int words,
    boolean placeholder,
    Map<String, String> reasons,
    Map<String, Wording> reasonWordings) {

  /** Copies the wordings of the reasons. */
  public ElementFact {
    reasonWordings = reasonWordings == null ? Map.of() : Map.copyOf(reasonWordings);
  }

  /** An element fact without wordings of its reasons. */
  public ElementFact(
      String kind,
      String id,
      ElementPath path,
      String parentId,
      String label,
      String text,
      List<String> tags,
      List<String> areas,
      int words,
      boolean placeholder,
      Map<String, String> reasons) {
    this(kind, id, path, parentId, label, text, tags, areas, words, placeholder, reasons, Map.of());
  }

  /** Whether the element has {@code tag}. */
  public boolean has(String tag) {
    return tags.contains(tag);
  }
}
