package io.github.crmstrategy.model;

import com.google.common.collect.ImmutableSet;

/**
 * Well-known values of {@link Indicator#kind()}. The vocabulary is open: other kinds are valid and
 * are checked by the generic rules only.
 */
public final class IndicatorKinds {
  public static final String REVENUE = "revenue";
  public static final String RETENTION_RATE = "retentionRate";
  public static final String CHURN_RATE = "churnRate";
  public static final String CUSTOMER_LIFETIME_VALUE = "customerLifetimeValue";
  public static final String CUSTOMER_ACQUISITION_COST = "customerAcquisitionCost";
  public static final String RETURNING_CUSTOMER_RATIO = "returningCustomerRatio";
  public static final String REPEAT_PURCHASE_RATE = "repeatPurchaseRate";
  public static final String CONVERSION_RATE = "conversionRate";
  public static final String NET_PROMOTER_SCORE = "netPromoterScore";
  public static final String AVERAGE_REVENUE_PER_USER = "averageRevenuePerUser";
  public static final String UNIT_COST = "unitCost";

  /** Every well-known kind. */
  public static final ImmutableSet<String> WELL_KNOWN =
      ImmutableSet.of(
          REVENUE,
          RETENTION_RATE,
          CHURN_RATE,
          CUSTOMER_LIFETIME_VALUE,
          CUSTOMER_ACQUISITION_COST,
          RETURNING_CUSTOMER_RATIO,
          REPEAT_PURCHASE_RATE,
          CONVERSION_RATE,
          NET_PROMOTER_SCORE,
          AVERAGE_REVENUE_PER_USER,
          UNIT_COST);

  private IndicatorKinds() {}
}
