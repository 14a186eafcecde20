package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The assessment of the current situation: maturity, skills, resources, competitors, partners,
 * prior attempts, peers.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCurrentState.class)
@JsonDeserialize(as = ImmutableCurrentState.class)
public interface CurrentState {

  /** Self-assessed maturity 1..5 per building block. */
  Map<BuildingBlock, Integer> selfAssessment();

  /** Skills the company has. */
  List<String> skills();

  /** Resources it can use. */
  List<String> resources();

  /** Competitors and where they stand. */
  List<Competitor> competitors();

  /** Partners. */
  List<String> partners();

  /** Who the customers are today. */
  Optional<String> customers();

  /** Prior CRM initiatives. */
  List<PriorInitiative> priorInitiatives();

  /** Peer maturity profiles. */
  List<PeerProfile> peers();

  /** The systems the company runs today (CRM, billing, contact centre...). */
  List<CurrentAsset> systems();

  /** The customer data the company holds today, and how it is integrated. */
  List<CurrentAsset> data();

  /** The practices people follow today (account reviews, surveys, campaign planning...). */
  List<CurrentAsset> practices();

  /** A builder for {@link CurrentState}. */
  static ImmutableCurrentState.Builder builder() {
    return ImmutableCurrentState.builder();
  }
}
