package io.github.crmstrategy.report.internal;

import io.github.crmstrategy.report.PlanOutcome;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.text.Languages;
import io.github.crmstrategy.text.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The summary of a batch, a small row per plan (never its report, so thousands of plans cost little
 * memory): the table that ends a text batch, the one that heads a Markdown batch, and the one the
 * command line prints beside a folder of HTML pages. Its words are in the chosen language, else in
 * the one every plan's report is in, else the platform's.
 */
public final class SummaryTable {
  /**
   * A row: a plan and its numbers, or why it has none ({@code status}, the key of its word).
   *
   * @param name the plan's name
   * @param status empty for a reviewed plan, else the key of its word
   * @param organization the organisation, when known
   * @param score the maturity score today
   * @param level the level today
   * @param levelName its name
   * @param targetLevel the level at the end of the plan
   * @param targetName its name
   * @param errors error findings
   * @param warnings warning findings
   * @param infos info findings
   */
  record Row(
      String name,
      String status,
      String organization,
      double score,
      int level,
      String levelName,
      int targetLevel,
      String targetName,
      int errors,
      int warnings,
      int infos) {}

  private final Optional<Locale> locale;
  private final List<Row> rows = new ArrayList<>();

  /** The languages of the plans so far: the summary is in theirs when they share one. */
  private final Set<Locale> languages = new LinkedHashSet<>();

  /** An empty table whose words are in {@code locale}'s language, or the plans' when empty. */
  public SummaryTable(Optional<Locale> locale) {
    this.locale = locale;
  }

  /** Adds the row of {@code outcome}. */
  public void add(PlanOutcome outcome) {
    languages.add(Outcomes.texts(locale, outcome).locale());
    rows.add(row(outcome));
  }

  /** The rows so far, in the order added. */
  List<Row> rows() {
    return rows;
  }

  /**
   * The texts of the batch's own words (the summary, the Markdown head): the chosen language, else
   * the one every plan's report is in, else the platform's.
   */
  public ReportTexts texts() {
    if (locale.isPresent() || languages.size() != 1) {
      return ReportTexts.of(Languages.choose(locale, Optional.empty()));
    }
    return ReportTexts.of(languages.iterator().next());
  }

  /**
   * The text table: a heading, then plan, maturity today (score, level), the level at the end of
   * the plan, errors, warnings; the word for INVALID or CUT SHORT for plans without a report.
   */
  public String text() {
    ReportTexts t = texts();
    String[] head = {
      t.t("batch.plan"),
      t.t("batch.score"),
      t.t("batch.levelToday"),
      t.t("batch.endOfPlan"),
      t.t("batch.errors"),
      t.t("batch.warnings")
    };
    List<String[]> cells = new ArrayList<>();
    for (Row row : rows) {
      cells.add(
          row.status().isEmpty()
              ? new String[] {
                row.name(),
                t.decimal(Numbers.oneDecimal(row.score())),
                row.level() + " " + t.levelName(row.levelName()),
                row.targetLevel() + " " + t.levelName(row.targetName()),
                String.valueOf(row.errors()),
                String.valueOf(row.warnings())
              }
              : new String[] {row.name(), "-", t.t(row.status()), "-", "-", "-"});
    }
    // English keeps the widths it always had; other languages take what their words need.
    int[] width = t.english() ? new int[] {4, 8, 26, 26, 6, 8} : new int[] {0, 0, 0, 0, 0, 0};
    for (String[] c : cells) {
      width[0] = Math.max(width[0], c[0].length());
      if (!t.english()) {
        for (int i = 1; i < c.length; i++) {
          width[i] = Math.max(width[i], c[i].length());
        }
      }
    }
    for (int i = t.english() ? 0 : 1; i < head.length; i++) {
      width[i] = Math.max(width[i], head[i].length());
    }
    width[0] = Math.max(width[0], head[0].length());
    StringBuilder sb = new StringBuilder(t.t("batch.heading")).append('\n');
    String fmt =
        "  %-" + width[0] + "s  %" + width[1] + "s  %-" + width[2] + "s %-" + width[3] + "s %"
            + width[4] + "s %" + width[5] + "s";
    sb.append(String.format(Locale.ROOT, fmt, (Object[]) head).stripTrailing()).append('\n');
    for (String[] c : cells) {
      sb.append(String.format(Locale.ROOT, fmt, (Object[]) c).stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  private static Row row(PlanOutcome outcome) {
    return Outcomes.match(
        outcome,
        p -> {
          AssessmentReport r = p.report();
          return new Row(
              p.name(),
              "",
              r.organization(),
              r.maturity().current().score(),
              r.maturity().current().level(),
              r.maturity().current().levelName(),
              r.maturity().target().level(),
              r.maturity().target().levelName(),
              Formatting.count(r, Severity.ERROR),
              Formatting.count(r, Severity.WARNING),
              Formatting.count(r, Severity.INFO));
        },
        p -> new Row(p.name(), "outcome.invalid", "", 0, 0, "", 0, "", 0, 0, 0),
        p -> new Row(p.name(), "outcome.cutShort", p.organization(), 0, 0, "", 0, "", 0, 0, 0));
  }
}
