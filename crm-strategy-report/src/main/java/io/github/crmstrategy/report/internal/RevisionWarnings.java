package io.github.crmstrategy.report.internal;

import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.report.Trend;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the reader of a comparison or a trend should know before trusting it, in one language: that
 * the plans are of different organisations, that two revisions share a number, that the revisions
 * given are out of order. {@link io.github.crmstrategy.report.Comparison#warnings()} and {@link
 * Trend#warnings()} give them in English; the renderers in the report's language.
 */
public final class RevisionWarnings {
  private RevisionWarnings() {}

  /** The warnings of the comparison of {@code older} with {@code newer}. */
  public static List<String> comparison(ReviewedPlan older, ReviewedPlan newer, ReportTexts t) {
    String a = older.report().organization();
    String b = newer.report().organization();
    if (a.strip().equalsIgnoreCase(b.strip())) {
      return List.of();
    }
    return List.of(
        t.t(
            "revisions.warnOrganisations",
            "older",
            older.name(),
            "newer",
            newer.name(),
            "olderOrganization",
            quote(t, a),
            "newerOrganization",
            quote(t, b)));
  }

  /** The warnings of the trend of {@code revisions}, put in order by {@code order}. */
  public static List<String> trend(Trend.Order order, List<ReviewedPlan> revisions, ReportTexts t) {
    List<String> warnings = new ArrayList<>();
    Map<String, List<ReviewedPlan>> byOrganisation = new LinkedHashMap<>();
    Map<String, String> spelling = new LinkedHashMap<>();
    for (ReviewedPlan r : revisions) {
      String key = r.report().organization().strip().toLowerCase(java.util.Locale.ROOT);
      byOrganisation.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      spelling.putIfAbsent(key, r.report().organization());
    }
    if (byOrganisation.size() > 1) {
      List<String> named = new ArrayList<>();
      byOrganisation.forEach(
          (key, plans) ->
              named.add(
                  t.t(
                      "revisions.organisationPlans",
                      "organization",
                      quote(t, spelling.get(key)),
                      "plans",
                      String.join(", ", plans.stream().map(ReviewedPlan::name).toList()))));
      warnings.add(
          t.t(
              "revisions.warnTrendOrganisations",
              "count",
              byOrganisation.size(),
              "organisations",
              String.join(" " + t.t("revisions.and") + " ", named)));
    }
    for (int i = 1; i < revisions.size(); i++) {
      ReviewedPlan a = revisions.get(i - 1);
      ReviewedPlan b = revisions.get(i);
      OptionalInt na = number(a);
      OptionalInt nb = number(b);
      if (na.isPresent() && nb.isPresent() && na.getAsInt() == nb.getAsInt()) {
        warnings.add(
            t.t(
                "revisions.warnSameNumber",
                "older",
                a.name(),
                "newer",
                b.name(),
                "number",
                String.valueOf(na.getAsInt())));
      } else if (order == Trend.Order.GIVEN
          && na.isPresent()
          && nb.isPresent()
          && nb.getAsInt() < na.getAsInt()) {
        warnings.add(
            t.t(
                "revisions.warnNumberOrder",
                "older",
                a.name(),
                "newer",
                b.name(),
                "olderNumber",
                String.valueOf(na.getAsInt()),
                "newerNumber",
                String.valueOf(nb.getAsInt())));
      } else if (order == Trend.Order.GIVEN
          && (na.isEmpty() || nb.isEmpty())
          && date(a).isPresent()
          && date(b).isPresent()
          && date(b).get().isBefore(date(a).get())) {
        warnings.add(
            t.t(
                "revisions.warnDateOrder",
                "older",
                a.name(),
                "newer",
                b.name(),
                "olderDate",
                date(a).get().toString(),
                "newerDate",
                date(b).get().toString()));
      }
    }
    return warnings;
  }

  /** {@code 'Name'} in English (as the warnings always wrote it), {@code «Name»} in Russian. */
  private static String quote(ReportTexts t, String s) {
    return t.english() ? "'" + s + "'" : "«" + s + "»";
  }

  private static OptionalInt number(ReviewedPlan p) {
    return p.plan().revision().map(r -> r.number()).orElse(OptionalInt.empty());
  }

  private static Optional<LocalDate> date(ReviewedPlan p) {
    return p.plan().revision().flatMap(r -> r.date());
  }
}
