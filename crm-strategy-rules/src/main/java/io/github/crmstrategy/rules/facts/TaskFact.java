package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import java.time.LocalDate;

/**
 * A corporate task or a CRM task.
 *
 * @param id task id
 * @param path element path
 * @param scope corporate or CRM
 * @param strategyId id of the strategy it carries out, empty when absent
 * @param owner owner, empty when absent
 * @param hasDue whether a due date is given
 * @param due due date, {@code null} when absent
 * @param realizingCapabilityCount CRM tasks: concept capabilities that realise it
 */
public record TaskFact(
    String id,
    ElementPath path,
    Scope scope,
    String strategyId,
    String owner,
    boolean hasDue,
    LocalDate due,
    int realizingCapabilityCount) {}
