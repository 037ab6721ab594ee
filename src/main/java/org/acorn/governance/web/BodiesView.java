package org.acorn.governance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.governance.body.Bodies;
import org.acorn.governance.body.BodyStatus;
import org.acorn.governance.body.Holding;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.governance.body.Seats;

/** Backs /representation/index.xhtml: the register of bodies and their seats. */
@Named
@ViewScoped
public class BodiesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Bodies bodies;
    @Inject Seats seats;

    private List<Row> rows;

    public record Row(PartnershipBody body, long seats, long vacant, String supersededBy) {
        public PartnershipBody getBody() { return body; }
        public long getSeats() { return seats; }
        public long getVacant() { return vacant; }
        public String getSupersededBy() { return supersededBy; }
    }

    public void load() {
        List<PartnershipBody> all = bodies.all();
        rows = all.stream().map(b -> {
            List<Holding> h = seats.onBody(b.getId());
            String by = b.getStatus() == BodyStatus.SUPERSEDED ? all.stream()
                    .filter(o -> o.getId().equals(b.getSupersededById())).map(PartnershipBody::getName).findFirst()
                    .orElse(null) : null;
            return new Row(b, h.size(), h.stream().filter(Holding::isVacant).count(), by);
        }).toList();
    }

    public List<Row> getRows() { return rows; }
}
