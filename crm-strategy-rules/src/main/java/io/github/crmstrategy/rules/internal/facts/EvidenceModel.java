package io.github.crmstrategy.rules.internal.facts;

import io.github.crmstrategy.rules.facts.AreaTerms;
import io.github.crmstrategy.rules.facts.BlockAreas;
import io.github.crmstrategy.rules.facts.MaturitySignal;
import java.util.List;

/**
 * The part of the maturity model the evidence measures need (data/maturity-model.yaml): the CRM
 * areas of each block, the areas whose capabilities join the customer's data, and the signals of
 * negative present-day evidence.
 *
 * @param blockAreas the areas of each block
 * @param areaTerms the phrases that name each area, for elements that list no {@code covers}
 * @param integrationAreas areas whose capabilities count as integrated
 * @param signals the signals
 */
public record EvidenceModel(
    List<BlockAreas> blockAreas,
    List<AreaTerms> areaTerms,
    List<String> integrationAreas,
    List<MaturitySignal> signals) {
  /** Copies the lists. */
  public EvidenceModel {
    blockAreas = List.copyOf(blockAreas);
    areaTerms = List.copyOf(areaTerms);
    integrationAreas = List.copyOf(integrationAreas);
    signals = List.copyOf(signals);
  }

  /** A model without blocks or signals: no evidence measures but the plan-wide ones. */
  public static final EvidenceModel NONE =
      new EvidenceModel(List.of(), List.of(), List.of(), List.of());
}
