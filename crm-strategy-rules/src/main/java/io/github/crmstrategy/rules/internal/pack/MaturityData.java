package io.github.crmstrategy.rules.internal.pack;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.crmstrategy.rules.facts.AreaTerms;
import io.github.crmstrategy.rules.facts.BlockAreas;
import io.github.crmstrategy.rules.facts.BlockWeight;
import io.github.crmstrategy.rules.facts.MaturityCap;
import io.github.crmstrategy.rules.facts.MaturityCriterion;
import io.github.crmstrategy.rules.facts.MaturityLevel;
import io.github.crmstrategy.rules.facts.MaturityPrerequisite;
import io.github.crmstrategy.rules.facts.MaturitySignal;
import io.github.crmstrategy.rules.facts.QualityCriterion;
import java.util.ArrayList;
import java.util.List;

/**
 * The maturity model of a rule pack (data/maturity-model.yaml, with a profile's additions): level
 * names, block weights and areas, criteria, signals, caps, prerequisites and the document-quality
 * criteria.
 *
 * @param levels level names
 * @param blockWeights weight of each block in the overall score
 * @param blockAreas CRM areas of each block
 * @param areaTerms phrases naming each area, for elements that list no {@code covers}
 * @param integrationAreas areas whose capabilities count as integrated
 * @param criteria maturity criteria
 * @param signals signals of negative present-day evidence
 * @param caps caps, one per block they hold
 * @param prerequisites prerequisites between blocks
 * @param quality document-quality criteria
 * @param measureElements where each evidence measure lives in a plan (element paths), for what to
 *     do next
 */
public record MaturityData(
    ImmutableList<MaturityLevel> levels,
    ImmutableMap<String, Double> blockWeights,
    ImmutableList<BlockAreas> blockAreas,
    ImmutableList<AreaTerms> areaTerms,
    ImmutableList<String> integrationAreas,
    ImmutableList<MaturityCriterion> criteria,
    ImmutableList<MaturitySignal> signals,
    ImmutableList<MaturityCap> caps,
    ImmutableList<MaturityPrerequisite> prerequisites,
    ImmutableList<QualityCriterion> quality,
    ImmutableMap<String, ImmutableList<String>> measureElements) {

  /** This model with other criteria and signals (a profile's). */
  public MaturityData with(List<MaturityCriterion> newCriteria, List<MaturitySignal> newSignals) {
    return new MaturityData(
        levels,
        blockWeights,
        blockAreas,
        areaTerms,
        integrationAreas,
        ImmutableList.copyOf(newCriteria),
        ImmutableList.copyOf(newSignals),
        caps,
        prerequisites,
        quality,
        measureElements);
  }

  /** The data facts of the model, as a session holds them. */
  List<Object> facts() {
    List<Object> f = new ArrayList<>();
    blockWeights.forEach((k, v) -> f.add(new BlockWeight(k, v)));
    f.addAll(levels);
    f.addAll(blockAreas);
    f.addAll(areaTerms);
    f.addAll(criteria);
    f.addAll(signals);
    f.addAll(caps);
    f.addAll(prerequisites);
    f.addAll(quality);
    return f;
  }
}
