package io.github.crmstrategy.rules.internal.facts;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Task;
import io.github.crmstrategy.rules.facts.Scope;
import io.github.crmstrategy.rules.facts.TaskFact;

/** The fact of a corporate or CRM task. */
final class TaskFacts {
  private TaskFacts() {}

  /** The fact of {@code task} at {@code path}. */
  static TaskFact of(Task task, ElementPath path, Scope scope, int realizingCapabilityCount) {
    return new TaskFact(
        task.id(),
        path,
        scope,
        task.strategy().orElse(""),
        task.owner().map(String::strip).orElse(""),
        task.due().isPresent(),
        task.due().orElse(null),
        realizingCapabilityCount);
  }
}
