package io.github.crmstrategy.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.crmstrategy.model.ElementPath;
import org.immutables.value.Value;

/** One place where the plan's roadmap departs from the {@link RouteProposal}. */
@Value.Immutable
@JsonSerialize(as = ImmutableRouteDifference.class)
@JsonDeserialize(as = ImmutableRouteDifference.class)
public interface RouteDifference {
  /** What kind of difference it is. */
  enum Kind {
    /** A capability to deliver that no milestone of the plan delivers. */
    @JsonProperty("notOnRoadmap")
    NOT_ON_ROADMAP,
    /** The plan delivers a capability no later than one it depends on. */
    @JsonProperty("order")
    ORDER,
    /** The plan delivers a capability in another phase than the proposal. */
    @JsonProperty("phase")
    PHASE,
    /** An indicator's target falls due before the capabilities that drive it are delivered. */
    @JsonProperty("indicatorBeforeCapability")
    INDICATOR_BEFORE_CAPABILITY
  }

  /** What kind of difference it is. */
  Kind kind();

  /** The plan element concerned (a capability, a milestone or an indicator). */
  ElementPath path();

  /** The difference in words, with both dates where there are dates. */
  String text();

  /** A builder for {@link RouteDifference}. */
  static ImmutableRouteDifference.Builder builder() {
    return ImmutableRouteDifference.builder();
  }
}
