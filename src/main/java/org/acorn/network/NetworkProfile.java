package org.acorn.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The network this portal serves: its name, model, terms of membership and listing policy. One row. */
@Entity
@Table(name = "network_profile")
public class NetworkProfile {

    public static final long SINGLE_ID = 1L;

    @Id
    private Long id = SINGLE_ID;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(name = "short_name", nullable = false, length = 40)
    private String shortName;

    @Column(name = "area_name", nullable = false, length = 120)
    private String areaName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NetworkModel model;

    @Column(length = 2000)
    private String intro;

    @Column(name = "terms_text", nullable = false, length = 4000)
    private String termsText;

    @Column(name = "listing_policy", nullable = false, length = 4000)
    private String listingPolicy;

    @Column(name = "small_income_threshold", nullable = false)
    private int smallIncomeThreshold;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NetworkProfile() { }

    public NetworkProfile(String name, String shortName, String areaName, NetworkModel model, String intro,
                          String termsText, String listingPolicy, int smallIncomeThreshold, String contactEmail,
                          Instant createdAt) {
        this.name = name;
        this.shortName = shortName;
        this.areaName = areaName;
        this.model = model;
        this.intro = intro;
        this.termsText = termsText;
        this.listingPolicy = listingPolicy;
        this.smallIncomeThreshold = smallIncomeThreshold;
        this.contactEmail = contactEmail;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getShortName() { return shortName; }
    public String getAreaName() { return areaName; }
    public NetworkModel getModel() { return model; }
    public String getIntro() { return intro; }
    public String getTermsText() { return termsText; }
    public String getListingPolicy() { return listingPolicy; }
    public int getSmallIncomeThreshold() { return smallIncomeThreshold; }
    public String getContactEmail() { return contactEmail; }
}
