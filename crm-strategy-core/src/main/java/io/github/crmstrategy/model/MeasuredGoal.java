package io.github.crmstrategy.model;

import java.util.List;
import java.util.Optional;

/**
 * A goal measured by key indicators: a corporate {@link StrategicGoal} or a CRM {@link
 * CustomerGoal}.
 */
public interface MeasuredGoal extends Identified {
  /** The goal statement. */
  Optional<String> statement();

  /** Key indicators with their target values. */
  List<Indicator> indicators();
}
