package org.acorn.governance.body;

import java.time.LocalDate;

/**
 * A seat as a reader sees it: the body, the seat, who holds it and their deputy (either may be null) and
 * the names that go with them. Getter-style accessors so pages can read it.
 */
public record Holding(PartnershipBody body, Seat seat, String districtName, SeatTerm holder, String holderOrganisation,
                      boolean holderSmall, SeatTerm deputy, String deputyOrganisation) {

    public PartnershipBody getBody() { return body; }
    public Seat getSeat() { return seat; }
    public String getDistrictName() { return districtName; }
    public SeatTerm getHolder() { return holder; }
    public String getHolderOrganisation() { return holderOrganisation; }
    public boolean isHolderSmall() { return holderSmall; }
    public SeatTerm getDeputy() { return deputy; }
    public String getDeputyOrganisation() { return deputyOrganisation; }
    public boolean isVacant() { return holder == null; }

    /** Shown as interim when the holder was not elected to a seat that is filled by election. */
    public boolean isInterim() {
        return holder != null && (holder.getFilledBy() == FilledBy.INTERIM
                || seat.getFilledBy() == FilledBy.ELECTED && holder.getFilledBy() != FilledBy.ELECTED);
    }

    public boolean endsWithin(LocalDate today, int days) {
        return holder != null && !holder.getEndsOn().isAfter(today.plusDays(days));
    }

    public String getConstituencyText() {
        return switch (seat.getConstituency()) {
            case DISTRICT -> districtName == null ? "A district" : districtName;
            case THEME -> seat.getTheme() == null ? "A theme" : "Theme: " + seat.getTheme();
            case SECTOR -> "The whole sector";
        };
    }
}
