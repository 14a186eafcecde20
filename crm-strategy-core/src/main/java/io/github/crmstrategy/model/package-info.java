/**
 * The immutable model of a plan document: the corporate strategic plan, the CRM strategy that
 * details it, the CRM system concept, the current-state assessment and the roadmap.
 *
 * <p>Every type is an interface with a generated {@code ImmutableX} implementation and a {@code
 * builder()}. Nothing is {@code null}: absent values are {@link java.util.Optional} or empty
 * collections. Identified elements implement {@link io.github.crmstrategy.model.Identified}; every
 * element has an {@link io.github.crmstrategy.model.ElementPath} such as {@code
 * crmStrategy.goals[CG1].indicators[CLV]}; {@link io.github.crmstrategy.model.PlanWalker} visits
 * every element of a plan with its path.
 */
@ModelStyle
package io.github.crmstrategy.model;
