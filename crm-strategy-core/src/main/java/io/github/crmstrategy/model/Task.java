package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A task that carries out a strategy (corporate or relationship), with an owner and a due date. */
@Value.Immutable
@JsonSerialize(as = ImmutableTask.class)
@JsonDeserialize(as = ImmutableTask.class)
public interface Task extends Identified {

  /** What is to be done. */
  Optional<String> statement();

  /** Id of the strategy the task carries out. */
  Optional<String> strategy();

  /** Who is responsible. */
  Optional<String> owner();

  /** When it is due. */
  Optional<LocalDate> due();

  /**
   * Ids of what this task answers: environment statements, SWOT items, competitors or prior
   * initiatives (whose lessons it applies).
   */
  List<String> addresses();

  /** Reusable results of prior initiatives this task builds on, as the initiatives name them. */
  List<String> reuses();

  /** A builder for {@link Task}. */
  static ImmutableTask.Builder builder() {
    return ImmutableTask.builder();
  }
}
