package io.github.crmstrategy.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A whole plan document: the corporate strategic plan and its CRM strategy, concept, current state
 * and roadmap.
 */
@Value.Immutable
// An editor's "$schema" key (JSON plans name their schema that way) is accepted and not kept.
@JsonIgnoreProperties({"$schema"})
@JsonSerialize(as = ImmutablePlanDocument.class)
@JsonDeserialize(as = ImmutablePlanDocument.class)
public interface PlanDocument {

  /** The document format version; this library reads version {@value #CURRENT_FORMAT_VERSION}. */
  int formatVersion();

  /** The format version this library writes and reads. */
  int CURRENT_FORMAT_VERSION = 1;

  /**
   * The language the plan is written in, as an ISO 639-1 code ({@code en}, {@code ru}): the default
   * language of its reports and of the review's text matching.
   */
  Optional<String> language();

  /** Which revision of the plan this is (the strategy goes through several). */
  Optional<Revision> revision();

  /** The company the plan belongs to. */
  Organization organization();

  /** The period the plan covers. */
  Optional<Horizon> horizon();

  /** The corporate strategic plan. */
  Optional<CorporatePlan> corporatePlan();

  /** The CRM strategy that details one of the corporate strategies. */
  Optional<CrmStrategy> crmStrategy();

  /** The CRM system concept (RD 50-34.698-90). */
  Optional<CrmConcept> crmConcept();

  /** The assessment of where the company stands today. */
  Optional<CurrentState> currentState();

  /** The multi-year route. */
  Optional<Roadmap> roadmap();

  /** A builder for {@link PlanDocument}. */
  static ImmutablePlanDocument.Builder builder() {
    return ImmutablePlanDocument.builder();
  }
}
