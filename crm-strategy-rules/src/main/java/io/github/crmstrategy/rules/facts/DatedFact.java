package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.text.Wording;
import java.time.LocalDate;

/**
 * A dated element of the plan, for the one temporal pass over every dated and linked element:
 * phases (start, end), milestones (due), tasks (due), capabilities (the phase's start; the day they
 * go live: the earliest milestone that delivers them, else the end of their phase), indicators
 * (baseline date; target due date).
 *
 * @param kind {@code phase}, {@code milestone}, {@code task}, {@code crmTask}, {@code capability}
 *     or {@code indicator}
 * @param id element id
 * @param path element path
 * @param label how messages name it: kind, id and its own words
 * @param start first date, {@code null} when unknown
 * @param end last date (due, live, end), {@code null} when unknown
 * @param endVerb what happens at {@code end}, for messages: "is due", "goes live", "ends"
 * @param live whether a capability is live today (its dates do not bind anything)
 * @param name how messages name it, in words any language can say ({@link Checks#name(String,
 *     String, String)})
 */
public record DatedFact(
    String kind,
    String id,
    ElementPath path,
    String label,
    LocalDate start,
    LocalDate end,
    String endVerb,
    boolean live,
    Wording name) {

  /** A dated element named by its label only (in English in every language). */
  public DatedFact(
      String kind,
      String id,
      ElementPath path,
      String label,
      LocalDate start,
      LocalDate end,
      String endVerb,
      boolean live) {
    this(kind, id, path, label, start, end, endVerb, live, Wording.term("", label));
  }
}
