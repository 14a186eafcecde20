package io.github.crmstrategy.rules.internal.facts;

import io.github.crmstrategy.model.CorporatePlan;
import io.github.crmstrategy.model.CrmConcept;
import io.github.crmstrategy.model.CrmStrategy;
import io.github.crmstrategy.model.CurrentState;
import io.github.crmstrategy.model.CustomerBase;
import io.github.crmstrategy.model.Governance;
import io.github.crmstrategy.model.Horizon;
import io.github.crmstrategy.model.Offering;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.Revision;
import io.github.crmstrategy.model.Segment;
import io.github.crmstrategy.model.Swot;
import io.github.crmstrategy.rules.facts.PlanFact;
import io.github.crmstrategy.text.KeyTerms;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The one {@link PlanFact} of a plan: the document-level facts (what is present, counts, the texts
 * of visions and answers, the key terms the CRM vision shares with the corporate vision).
 */
final class PlanFacts {
  private PlanFacts() {}

  /** The document-level fact of {@code plan}. */
  static PlanFact of(PlanDocument plan) {
    LocalDate horizonEnd = plan.horizon().flatMap(Horizon::end).orElse(null);
    Optional<CorporatePlan> corp = plan.corporatePlan();
    Optional<CrmStrategy> crm = plan.crmStrategy();
    Optional<Swot> swot = corp.flatMap(CorporatePlan::swot);
    Optional<Governance> gov = crm.flatMap(CrmStrategy::governance);
    Optional<CustomerBase> base = crm.flatMap(CrmStrategy::customerBase);
    Optional<CurrentState> state = plan.currentState();
    LocalDate horizonStart = plan.horizon().flatMap(Horizon::start).orElse(null);
    String corporateVision = corp.flatMap(CorporatePlan::vision).map(String::strip).orElse("");
    String crmVision = crm.flatMap(CrmStrategy::vision).map(String::strip).orElse("");
    LocalDate asOf = plan.revision().flatMap(Revision::date).orElse(horizonStart);
    return new PlanFact(
        plan.organization().name(),
        plan.organization().industry().map(i -> i.strip().toLowerCase(Locale.ROOT)).orElse(""),
        horizonStart != null && horizonEnd != null,
        horizonStart,
        horizonEnd,
        asOf,
        corp.map(c -> c.environment().size()).orElse(0),
        swot.isPresent(),
        swot.map(s -> s.strengths().size()).orElse(0),
        swot.map(s -> s.weaknesses().size()).orElse(0),
        swot.map(s -> s.opportunities().size()).orElse(0),
        swot.map(s -> s.threats().size()).orElse(0),
        corporateVision,
        corp.flatMap(CorporatePlan::mission).map(String::strip).orElse(""),
        crm.isPresent(),
        crm.flatMap(CrmStrategy::strategy).orElse(""),
        crmVision,
        sharedTerms(corporateVision, crmVision),
        gov.isPresent(),
        gov.flatMap(Governance::sponsor).map(String::strip).orElse(""),
        gov.map(g -> g.roles().size()).orElse(0),
        gov.map(g -> (int) g.roles().stream().filter(r -> r.holder().isPresent()).count())
            .orElse(0),
        base.isPresent(),
        base.map(b -> (int) b.segments().stream().filter(Segment::ideal).count()).orElse(0),
        base.map(b -> b.offerings().size()).orElse(0),
        base.map(b -> (int) b.offerings().stream().filter(PlanFacts::complete).count()).orElse(0),
        crm.flatMap(CrmStrategy::loyalty).map(String::strip).orElse(""),
        crm.flatMap(CrmStrategy::interaction).map(String::strip).orElse(""),
        crm.flatMap(CrmStrategy::advocacy).map(String::strip).orElse(""),
        plan.crmConcept().isPresent(),
        plan.crmConcept().flatMap(CrmConcept::architecture).map(String::strip).orElse(""),
        state.isPresent(),
        state.map(s -> s.selfAssessment().size()).orElse(0),
        state.map(s -> s.skills().size()).orElse(0),
        state.map(s -> s.resources().size()).orElse(0),
        state.map(s -> s.partners().size()).orElse(0),
        state.flatMap(CurrentState::customers).filter(s -> !s.isBlank()).isPresent(),
        state.map(s -> s.competitors().size()).orElse(0),
        state.map(s -> s.priorInitiatives().size()).orElse(0),
        state.map(s -> s.peers().size()).orElse(0),
        plan.roadmap().isPresent(),
        plan.roadmap().map(r -> r.milestones().size()).orElse(0),
        corp.isPresent(),
        plan.revision().map(r -> r.number().orElse(0)).orElse(0));
  }

  private static boolean complete(Offering o) {
    return o.product().isPresent()
        && o.segment().isPresent()
        && o.price().filter(p -> !p.isBlank()).isPresent()
        && !o.channels().isEmpty();
  }

  /** Key terms the two texts share ({@link KeyTerms}: stems, Russian through Snowball). */
  static int sharedTerms(String a, String b) {
    return KeyTerms.shared(a, b);
  }
}
