package org.acorn.search;

import java.time.Instant;
import java.util.List;

/** A small directory of records to search in tests. */
final class Corpus {

    private Corpus() { }

    static SearchDocument.Builder service(String id, String title, String body) {
        return SearchDocument.builder("service", id).title(title).body(body).url("/services/" + id);
    }

    static List<SearchDocument> services() {
        return List.of(
                service("1", "Parents Together", "Weekly group for mums and dads of toddlers.")
                        .facet("district", "Leeds").facet("type", "Family support").range("age", 0, 5)
                        .verified(Instant.parse("2026-01-10T00:00:00Z")).build(),
                service("2", "Little Acorns Crèche", "A crèche for children while carers attend courses.")
                        .facet("district", "Leeds").facet("type", "Childcare").range("age", 0, 4)
                        .verified(Instant.parse("2026-03-01T00:00:00Z")).build(),
                service("3", "Safe Homes", "Refuge and outreach for families.").boosted("Domestic abuse support")
                        .facet("district", "Bradford").facet("type", "Family support").range("age", 0, 18).build(),
                service("4", "Bright Futures Hub", "Advice for families of children with SEND.")
                        .facet("district", "Bradford").facet("type", "Education", "SEND").range("age", 4, 16).build(),
                service("5", "Counselling for Young People", "Free counselling sessions for young people aged 11 to 18.")
                        .facet("district", "Leeds").facet("type", "Health", "Mental health").range("age", 11, 18)
                        .verified(Instant.parse("2025-06-01T00:00:00Z")).build(),
                service("6", "Mind Matters", "A child mental health drop-in run by volunteers.")
                        .facet("district", "Wakefield").facet("type", "Health", "Mental health").range("age", 5, 11).build(),
                service("7", "Members Forum Notes", "Notes from the parenting workshop.").visibility(Visibility.MEMBERS)
                        .facet("district", "Leeds").facet("type", "Family support").range("age", 0, 18).build(),
                service("8", "Community Centre", "Hosts a parenting course on Tuesdays, and a lunch club.")
                        .facet("district", "Wakefield").facet("type", "Community").build(),
                service("9", "Parenting Plus", "Courses and coffee.")
                        .facet("district", "Wakefield").facet("type", "Family support").build(),
                service("10", "Toy Library", "<script>alert(1)</script> Toys & play sessions for \"little\" ones.")
                        .facet("district", "Leeds").facet("type", "Childcare").build(),
                service("11", "Inclusion Advice Line", "Help with special educational needs at school.")
                        .facet("district", "Bradford").facet("type", "Education").build(),
                service("12", "Young Carers", "Breaks for carers; people of every age welcome.")
                        .facet("district", "Wakefield").facet("type", "Health", "Carers").build(),
                service("13", "Staff Notes on Safeguarding", "Internal notes for the network team.")
                        .visibility(Visibility.STAFF).facet("district", "Leeds").build());
    }
}
