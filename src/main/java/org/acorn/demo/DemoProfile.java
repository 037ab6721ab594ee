package org.acorn.demo;

import java.util.List;
import org.acorn.network.NetworkModel;

/**
 * The three demo networks. Modelled on the networks in seed 003 (real counts: 8 districts, 16 reps) but
 * every name here is fictional and illustrative.
 */
enum DemoProfile {
    NETWORK(NetworkModel.NETWORK, "Northfell Children's VCS Network", "Northfell VCS", "Northfell (illustrative county)",
            List.of("Alnmere", "Berwick Vale", "Castleton", "Tyneside West", "Wansford"), 120,
            "A county-wide network of voluntary and community organisations working with children, young people and"
                    + " families. The Management Group meets monthly; thematic meetings are held across the county."),
    GROUP(NetworkModel.GROUP, "Dalesborough Children's VCS Group", "Dalesborough Group", "Dalesborough (illustrative county)",
            List.of("Amber Valley", "Bolsover Edge", "Chesterford", "Dales North", "Erewash Side", "High Peak South",
                    "North Dales", "South Dales"), 160,
            "The Group brings together voluntary and community organisations from eight districts. Each district has a"
                    + " locality forum; two representatives from each sit on the Group."),
    FORUM(NetworkModel.FORUM, "Harbourton VCS Children's Forum", "Harbourton Forum", "Harbourton (illustrative city)",
            List.of(), 90,
            "The city's forum for voluntary and community organisations working with children and families. The whole"
                    + " forum meets fortnightly with an independent chair.");

    final NetworkModel model;
    final String name;
    final String shortName;
    final String area;
    final List<String> districts;
    final int organisations;
    final String intro;

    DemoProfile(NetworkModel model, String name, String shortName, String area, List<String> districts,
                int organisations, String intro) {
        this.model = model;
        this.name = name;
        this.shortName = shortName;
        this.area = area;
        this.districts = districts;
        this.organisations = organisations;
        this.intro = intro;
    }

    static DemoProfile of(String value) {
        for (DemoProfile p : values()) {
            if (p.name().equalsIgnoreCase(value == null ? "" : value.trim())) return p;
        }
        return GROUP;
    }
}
