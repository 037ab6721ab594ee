package org.acorn.directory.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A vocabulary that describes services: Every Child Matters outcomes, service types, target groups and so on. */
@Entity
@Table(name = "taxonomy")
public class Taxonomy {

    /** The codes of the taxonomies seeded by the V2 migration. */
    public static final String ECM = "ecm";
    public static final String SERVICE_TYPE = "service_type";
    public static final String TARGET_GROUP = "target_group";
    public static final String DELIVERY = "delivery";
    public static final String LEVEL_OF_NEED = "level_of_need";
    public static final String ACCESS_ROUTE = "access_route";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The record's identity in the Open Referral UK API (V6); never changes. */
    @Column(length = 36, unique = true, updatable = false)
    private String uuid = java.util.UUID.randomUUID().toString();

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String description;

    protected Taxonomy() { }

    public Taxonomy(String code, String name, String description) {
        this.code = code;
        this.name = name;
        this.description = description;
    }

    public Long getId() { return id; }
    public String getUuid() { return uuid; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getDescription() { return description; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Taxonomy t && id != null && id.equals(t.id);
    }

    @Override
    public int hashCode() { return id == null ? 0 : id.hashCode(); }
}
