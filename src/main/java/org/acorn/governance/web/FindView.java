package org.acorn.governance.web;

import org.acorn.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.governance.body.Bodies;
import org.acorn.governance.body.Holding;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.governance.body.Seats;
import org.acorn.network.District;
import org.acorn.network.Network;

/**
 * Backs /representation/find.xhtml: "who represents us?" by district (the seats for that district plus the
 * whole-sector and thematic ones) or by body. A plain GET form, so it works without script and can be shared.
 */
@Named
@ViewScoped
public class FindView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Seats seats;
    @Inject Bodies bodies;
    @Inject Network network;

    private String district;
    private String body;
    private List<Holding> results;
    private String heading;

    public void load() {
        Long d = Faces.id(district);
        Long b = Faces.id(body);
        if (d != null) {
            District found = network.getDistricts().stream().filter(x -> x.getId().equals(d)).findFirst().orElse(null);
            if (found != null) {
                results = seats.forDistrict(d);
                heading = "Representatives for " + found.getName();
            }
        } else if (b != null) {
            PartnershipBody found = bodies.find(b).orElse(null);
            if (found != null) {
                results = seats.onBody(b);
                heading = "Representatives on " + found.getName();
            }
        } else if (!network.getHasDistricts()) {
            results = seats.everySeat();
            heading = "All the sector's representatives";
        }
    }

    public List<PartnershipBody> getBodies() { return bodies.all(); }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public List<Holding> getResults() { return results; }
    public String getHeading() { return heading; }
    public boolean isSearched() { return results != null; }
}
