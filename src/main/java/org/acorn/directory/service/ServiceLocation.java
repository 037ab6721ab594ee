package org.acorn.directory.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A place where a service is offered. Coordinates are optional (many venues are church halls with no map pin). */
@Entity
@Table(name = "service_location")
public class ServiceLocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The record's identity in the Open Referral UK API (V6); never changes. */
    @Column(length = 36, unique = true, updatable = false)
    private String uuid = java.util.UUID.randomUUID().toString();

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private Service service;

    @Column(length = 300)
    private String address;

    @Column(length = 10)
    private String postcode;

    /** Where the editor listed it: 0 first. */
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    protected ServiceLocation() { }

    public ServiceLocation(String address, String postcode) {
        this.address = address;
        this.postcode = postcode;
    }

    void attachTo(Service service) { this.service = service; }

    public void placeAt(BigDecimal latitude, BigDecimal longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public Long getId() { return id; }
    public String getUuid() { return uuid; }
    public Service getService() { return service; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public BigDecimal getLatitude() { return latitude; }
    public BigDecimal getLongitude() { return longitude; }
}
