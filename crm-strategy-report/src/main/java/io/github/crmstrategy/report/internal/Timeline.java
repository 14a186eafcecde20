package io.github.crmstrategy.report.internal;

import static io.github.crmstrategy.report.internal.HtmlReport.fmt;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Horizon;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.Milestone;
import io.github.crmstrategy.model.Phase;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.PlanVisitor;
import io.github.crmstrategy.model.PlanWalker;
import io.github.crmstrategy.model.Target;
import io.github.crmstrategy.model.Task;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's dates on one time axis: its phases as bars, its milestones, the due dates of its tasks
 * and of its indicators' targets as marks, the horizon's end as a line; and the lag between the end
 * of the work (the last task due) and the benefits (the indicators' targets), the lag a consultant
 * checks (Kaplan &amp; Norton: lagging indicators follow the initiatives that drive them).
 */
final class Timeline {
  private Timeline() {}

  /** One dated element of the plan. */
  record Dated(String kind, ElementPath path, String what, LocalDate date, LocalDate end) {}

  static final double WIDTH = 1000;
  static final double LEFT = 170;
  static final double RIGHT = 24;
  static final double LANE = 30;
  static final double TOP = 26;

  /** Every dated element of {@code plan}, in date order, in English. */
  static List<Dated> dates(PlanDocument plan) {
    return dates(plan, HtmlTexts.ENGLISH);
  }

  /** Every dated element of {@code plan}, in date order, described in the language of {@code h}. */
  static List<Dated> dates(PlanDocument plan, HtmlTexts h) {
    List<Dated> dated = new ArrayList<>();
    PlanWalker.walk(
        plan,
        new PlanVisitor() {
          @Override
          public void phase(Phase phase, ElementPath path) {
            if (phase.start().isPresent() || phase.end().isPresent()) {
              LocalDate start = phase.start().orElseGet(() -> phase.end().orElseThrow());
              LocalDate end = phase.end().orElse(start);
              dated.add(new Dated("phase", path, phase.name().orElse(phase.id()), start, end));
            }
          }

          @Override
          public void milestone(Milestone milestone, ElementPath path) {
            milestone
                .due()
                .ifPresent(
                    d ->
                        dated.add(
                            new Dated(
                                "milestone", path, milestone.name().orElse(milestone.id()), d, d)));
          }

          @Override
          public void corporateTask(Task task, ElementPath path) {
            task(task, path);
          }

          @Override
          public void crmTask(Task task, ElementPath path) {
            task(task, path);
          }

          private void task(Task task, ElementPath path) {
            task.due()
                .ifPresent(
                    d ->
                        dated.add(
                            new Dated("task", path, task.statement().orElse(task.id()), d, d)));
          }

          @Override
          public void target(Target target, Indicator indicator, ElementPath path) {
            target
                .due()
                .ifPresent(
                    d ->
                        dated.add(
                            new Dated(
                                "indicator",
                                path,
                                h.l(
                                    "text.target",
                                    "indicator",
                                    indicator.name().orElse(indicator.id()),
                                    "value",
                                    io.github.crmstrategy.text.Numbers.plain(target.value())),
                                d,
                                d)));
          }
        });
    dated.sort(
        Comparator.comparing(Dated::date)
            .thenComparing(Dated::kind)
            .thenComparing(d -> d.path().toString()));
    return dated;
  }

  /** The timeline model in English, or empty when the plan has no date to draw. */
  static Optional<Map<String, Object>> of(PlanDocument plan) {
    return of(plan, HtmlTexts.ENGLISH);
  }

  /**
   * The timeline model in the language of {@code h}, or empty when the plan has no date to draw.
   */
  static Optional<Map<String, Object>> of(PlanDocument plan, HtmlTexts h) {
    List<Dated> dated = dates(plan, h);
    if (dated.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> horizonEnd = plan.horizon().flatMap(Horizon::end);
    Optional<LocalDate> horizonStart = plan.horizon().flatMap(Horizon::start);
    LocalDate min = dated.stream().map(Dated::date).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate max = dated.stream().map(Dated::end).max(Comparator.naturalOrder()).orElseThrow();
    if (horizonStart.isPresent() && horizonStart.get().isBefore(min)) {
      min = horizonStart.get();
    }
    if (horizonEnd.isPresent() && horizonEnd.get().isAfter(max)) {
      max = horizonEnd.get();
    }
    LocalDate from = LocalDate.of(min.getYear(), 1, 1);
    LocalDate to = LocalDate.of(max.getYear() + 1, 1, 1);
    List<Dated> phases = dated.stream().filter(d -> d.kind().equals("phase")).toList();
    List<String> laneNames = new ArrayList<>();
    phases.forEach(p -> laneNames.add(p.what()));
    laneNames.add(h.l("text.laneMilestones"));
    laneNames.add(h.l("text.laneTasks"));
    laneNames.add(h.l("text.laneTargets"));
    int milestoneLane = phases.size();
    double bottom = TOP + LANE * laneNames.size();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("width", fmt(WIDTH));
    m.put("height", fmt(bottom + 8));
    List<Map<String, Object>> years = new ArrayList<>();
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      LocalDate jan = LocalDate.of(y, 1, 1);
      years.add(
          map(
              "x", fmt(x(jan, from, to)),
              "top", fmt(TOP - 6),
              "bottom", fmt(bottom),
              "labelY", fmt(TOP - 10),
              "label", String.valueOf(y)));
    }
    m.put("years", years);
    List<Map<String, Object>> lanes = new ArrayList<>();
    for (int i = 0; i < laneNames.size(); i++) {
      lanes.add(map("label", shorten(laneNames.get(i), 22), "labelY", fmt(laneY(i))));
    }
    m.put("lanes", lanes);
    List<Map<String, Object>> bars = new ArrayList<>();
    for (int i = 0; i < phases.size(); i++) {
      Dated p = phases.get(i);
      double x1 = x(p.date(), from, to);
      double x2 = Math.max(x1 + 4, x(p.end(), from, to));
      bars.add(
          map(
              "x", fmt(x1),
              "y", fmt(laneY(i) - 9),
              "w", fmt(x2 - x1),
              "h", "18",
              "title", p.what() + ": " + h.l("text.span", "from", p.date(), "to", p.end()),
              "label", "",
              "textX", fmt(x1 + 4),
              "textY", fmt(laneY(i))));
    }
    m.put("bars", bars);
    List<Map<String, Object>> marks = new ArrayList<>();
    for (Dated d : dated) {
      double x = x(d.date(), from, to);
      String title =
          d.date() + " " + d.what() + " (" + h.report().shownPath(d.path().toString()) + ")";
      switch (d.kind()) {
        case "milestone" -> {
          double y = laneY(milestoneLane);
          marks.add(
              map(
                  "diamond",
                  true,
                  "title",
                  title,
                  "points",
                  fmt(x)
                      + ","
                      + fmt(y - 7)
                      + " "
                      + fmt(x + 7)
                      + ","
                      + fmt(y)
                      + " "
                      + fmt(x)
                      + ","
                      + fmt(y + 7)
                      + " "
                      + fmt(x - 7)
                      + ","
                      + fmt(y)));
        }
        case "task" -> {
          double y = laneY(milestoneLane + 1);
          marks.add(
              map("tick", true, "title", title, "x", fmt(x), "y1", fmt(y - 9), "y2", fmt(y + 9)));
        }
        case "indicator" -> {
          double y = laneY(milestoneLane + 2);
          marks.add(map("dot", true, "title", title, "x", fmt(x), "cy", fmt(y)));
        }
        default -> {}
      }
    }
    m.put("marks", marks);
    horizonEnd.ifPresent(
        e ->
            m.put(
                "horizon",
                map(
                    "x", fmt(x(e, from, to)),
                    "top", fmt(TOP - 6),
                    "bottom", fmt(bottom),
                    "title", h.l("text.horizonEnd", "date", e))));
    Optional<LocalDate> lastTask =
        dated.stream()
            .filter(d -> d.kind().equals("task"))
            .map(Dated::date)
            .max(Comparator.naturalOrder());
    List<LocalDate> targets =
        dated.stream().filter(d -> d.kind().equals("indicator")).map(Dated::date).toList();
    m.put("lag", lag(lastTask, targets, h));
    if (lastTask.isPresent() && !targets.isEmpty()) {
      LocalDate lastTarget = targets.get(targets.size() - 1);
      if (lastTarget.isAfter(lastTask.get())) {
        m.put(
            "lagBar",
            map(
                "x1", fmt(x(lastTask.get(), from, to)),
                "x2", fmt(x(lastTarget, from, to)),
                "y", fmt(laneY(milestoneLane + 2) + 11),
                "title", h.l("text.lagBar")));
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Dated d : dated) {
      rows.add(
          map(
              "date",
                  d.date().equals(d.end())
                      ? d.date().toString()
                      : h.l("text.span", "from", d.date(), "to", d.end()),
              "kind", kind(d.kind(), h),
              "element", h.report().shownPath(d.path().toString()),
              "what", d.what()));
    }
    m.put("dates", rows);
    m.put("count", rows.size());
    m.put("datesSummary", h.l("text.timelineDates", "count", rows.size()));
    return Optional.of(m);
  }

  /** The lag between the end of the work and the benefits, in English; null without both. */
  static String lag(Optional<LocalDate> lastTask, List<LocalDate> targets) {
    return lag(lastTask, targets, HtmlTexts.ENGLISH);
  }

  /**
   * The lag between the end of the work and the benefits, in the language of {@code h}; null
   * without both.
   */
  static String lag(Optional<LocalDate> lastTask, List<LocalDate> targets, HtmlTexts h) {
    if (lastTask.isEmpty() || targets.isEmpty()) {
      return null;
    }
    LocalDate first = targets.get(0);
    LocalDate last = targets.get(targets.size() - 1);
    long months = ChronoUnit.MONTHS.between(lastTask.get(), last);
    String span =
        first.equals(last)
            ? h.l("text.lagOn", "date", first)
            : h.l("text.lagFrom", "from", first, "to", last);
    long early = targets.stream().filter(t -> t.isBefore(lastTask.get())).count();
    String text =
        h.l(
            "text.lag",
            "task",
            lastTask.get(),
            "span",
            span,
            "after",
            months > 0 ? h.l("text.lagAfter", "months", months) : ".");
    if (early > 0) {
      text += " " + h.l("text.lagEarly", "count", early);
    }
    return text;
  }

  /** The kind of a dated element as the table names it: {@code milestone}, {@code веха}. */
  private static String kind(String kind, HtmlTexts h) {
    return h.l("text.kind" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1));
  }

  private static double laneY(int lane) {
    return TOP + LANE * lane + LANE / 2;
  }

  private static double x(LocalDate d, LocalDate from, LocalDate to) {
    return x(d, from, to, LEFT);
  }

  /**
   * Where {@code d} falls on an axis from {@code from} to {@code to} that starts at {@code left}.
   */
  static double x(LocalDate d, LocalDate from, LocalDate to, double left) {
    double total = ChronoUnit.DAYS.between(from, to);
    return left + (WIDTH - left - RIGHT) * ChronoUnit.DAYS.between(from, d) / total;
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
