package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** The multi-year route: milestones and the capabilities they deliver. */
@Value.Immutable
@JsonSerialize(as = ImmutableRoadmap.class)
@JsonDeserialize(as = ImmutableRoadmap.class)
public interface Roadmap {

  /** Milestones. */
  List<Milestone> milestones();

  /** A builder for {@link Roadmap}. */
  static ImmutableRoadmap.Builder builder() {
    return ImmutableRoadmap.builder();
  }
}
