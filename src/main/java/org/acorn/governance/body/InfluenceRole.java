package org.acorn.governance.body;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a body does in the influencing structure: where a seat on it can make a difference. */
public enum InfluenceRole {
    PLANS("Plans"), ADVISES("Advises"), DECIDES("Decides"), COMMISSIONS("Commissions"), MONITORS("Monitors"),
    FUNDS("Funds");

    private final String label;

    InfluenceRole(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }

    static String encode(Set<InfluenceRole> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<InfluenceRole> decode(String value) {
        Set<InfluenceRole> roles = EnumSet.noneOf(InfluenceRole.class);
        if (value == null || value.isBlank()) return roles;
        Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(InfluenceRole::valueOf)
                .forEach(roles::add);
        return roles;
    }
}
