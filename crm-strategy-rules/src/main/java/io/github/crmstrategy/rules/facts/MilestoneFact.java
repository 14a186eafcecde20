package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import java.time.LocalDate;

/**
 * A roadmap milestone.
 *
 * @param id milestone id
 * @param path element path
 * @param hasDue whether a due date is given
 * @param due due date, {@code null} when absent
 * @param deliversCount capabilities it delivers
 */
public record MilestoneFact(
    String id, ElementPath path, boolean hasDue, LocalDate due, int deliversCount) {}
