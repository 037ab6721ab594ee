package org.acorn.governance.payment;

/**
 * What a scheme pays, in pence: a day rate and/or half-day rate, mileage, and caps on actual costs. A null cap
 * means the scheme does not pay that cost at all; travel is paid when the scheme has a mileage rate or a cap.
 */
public record Rates(Integer dayRate, Integer halfDayRate, Integer pencePerMile, Integer travelCap, Integer childcareCap,
                    Integer backfillCap) {

    public boolean paysTravel() { return pencePerMile != null || travelCap != null; }
}
