package org.acorn.governance.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.acorn.governance.body.BodyType;

/** How a funder pays for representatives' (and members') attendance, and whom and which meetings it covers. */
@Entity
@Table(name = "payment_scheme")
public class PaymentScheme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(nullable = false, length = 160)
    private String funder;

    @Column(name = "day_rate_pence")
    private Integer dayRate;

    @Column(name = "half_day_rate_pence")
    private Integer halfDayRate;

    @Column(name = "pence_per_mile")
    private Integer pencePerMile;

    @Column(name = "travel_cap_pence")
    private Integer travelCap;

    @Column(name = "childcare_cap_pence")
    private Integer childcareCap;

    @Column(name = "backfill_cap_pence")
    private Integer backfillCap;

    @Column(name = "covers_capacities", nullable = false, length = 100)
    private String coversCapacities = "";

    @Column(name = "covers_body_types", nullable = false, length = 400)
    private String coversBodyTypes = "";

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PaymentScheme() { }

    public PaymentScheme(String name, String funder, Instant now) {
        this.name = name;
        this.funder = funder;
        this.createdAt = now;
    }

    public Rates rates() { return new Rates(dayRate, halfDayRate, pencePerMile, travelCap, childcareCap, backfillCap); }

    public void setRates(Rates r) {
        this.dayRate = r.dayRate();
        this.halfDayRate = r.halfDayRate();
        this.pencePerMile = r.pencePerMile();
        this.travelCap = r.travelCap();
        this.childcareCap = r.childcareCap();
        this.backfillCap = r.backfillCap();
    }

    public boolean covers(Capacity capacity, BodyType type) {
        return active && getCapacities().contains(capacity) && getBodyTypes().contains(type);
    }

    public Set<Capacity> getCapacities() { return decode(coversCapacities, Capacity.class); }
    public void setCapacities(Set<Capacity> c) { this.coversCapacities = encode(c); }
    public Set<BodyType> getBodyTypes() { return decode(coversBodyTypes, BodyType.class); }
    public void setBodyTypes(Set<BodyType> t) { this.coversBodyTypes = encode(t); }

    /** What it offers, in words, for role descriptions. */
    public String getOffer() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (dayRate != null) parts.add(ClaimCalculator.pounds(dayRate) + " a day");
        if (halfDayRate != null) parts.add(ClaimCalculator.pounds(halfDayRate) + " a half day");
        if (pencePerMile != null) parts.add("mileage at " + pencePerMile + "p a mile");
        if (travelCap != null) parts.add("travel up to " + ClaimCalculator.pounds(travelCap));
        if (childcareCap != null) parts.add("childcare up to " + ClaimCalculator.pounds(childcareCap));
        if (backfillCap != null) parts.add("backfill (cover for your post) up to " + ClaimCalculator.pounds(backfillCap));
        return String.join("; ", parts);
    }

    public Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("funder", funder);
        m.put("offer", getOffer());
        m.put("capacities", coversCapacities);
        m.put("meeting types", coversBodyTypes);
        m.put("active", active);
        return m;
    }

    private static <E extends Enum<E>> String encode(Set<E> values) {
        return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> decode(String text, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) Arrays.stream(text.split(",")).map(s -> Enum.valueOf(type, s.strip())).forEach(out::add);
        return out;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFunder() { return funder; }
    public void setFunder(String funder) { this.funder = funder; }
    public Integer getDayRate() { return dayRate; }
    public Integer getHalfDayRate() { return halfDayRate; }
    public Integer getPencePerMile() { return pencePerMile; }
    public Integer getTravelCap() { return travelCap; }
    public Integer getChildcareCap() { return childcareCap; }
    public Integer getBackfillCap() { return backfillCap; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
