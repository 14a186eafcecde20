package io.github.crmstrategy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The CRM system concept: architecture, capabilities traced to CRM tasks, phases and sections. */
@Value.Immutable
@JsonSerialize(as = ImmutableCrmConcept.class)
@JsonDeserialize(as = ImmutableCrmConcept.class)
public interface CrmConcept {

  /** The architecture in brief. */
  Optional<String> architecture();

  /** High-level functions, each realising CRM tasks. */
  List<Capability> capabilities();

  /** Implementation phases. */
  List<Phase> phases();

  /** Concept sections by id; which ids are required is rule data. */
  Map<String, String> sections();

  /** A builder for {@link CrmConcept}. */
  static ImmutableCrmConcept.Builder builder() {
    return ImmutableCrmConcept.builder();
  }
}
