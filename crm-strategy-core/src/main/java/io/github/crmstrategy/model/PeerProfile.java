package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The maturity profile of a peer organisation of the same or a near industry. */
@Value.Immutable
@JsonSerialize(as = ImmutablePeerProfile.class)
@JsonDeserialize(as = ImmutablePeerProfile.class)
public interface PeerProfile {

  /** Name. */
  String name();

  /** Industry. */
  Optional<String> industry();

  /** Maturity 1..5 per building block. */
  Map<BuildingBlock, Integer> maturity();

  /** A builder for {@link PeerProfile}. */
  static ImmutablePeerProfile.Builder builder() {
    return ImmutablePeerProfile.builder();
  }
}
