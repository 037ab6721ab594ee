package org.acorn.governance.web;

import org.acorn.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.governance.body.Holding;
import org.acorn.governance.body.Seat;
import org.acorn.governance.body.SeatTerm;
import org.acorn.governance.body.Seats;
import org.acorn.governance.payment.Capacity;
import org.acorn.governance.payment.PaymentScheme;
import org.acorn.governance.payment.Payments;

/** Backs /representation/seat.xhtml?id=: the role description, the support on offer, who holds it and held it. */
@Named
@ViewScoped
public class SeatView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Seats seats;
    @Inject Payments payments;

    private String id;
    private Holding holding;
    private List<PaymentScheme> support;
    private List<PaymentScheme> deputySupport;
    private List<SeatTerm> history;

    public void load() {
        Seat seat = seats.find(Faces.id(id)).filter(s -> s.getRetiredAt() == null).orElse(null);
        if (seat == null) {
            Faces.notFound();
            return;
        }
        holding = seats.holding(seat);
        support = payments.covering(Capacity.REPRESENTATIVE, holding.body().getType());
        deputySupport = seat.isHasDeputy() ? payments.covering(Capacity.DEPUTY, holding.body().getType()) : List.of();
        history = seats.history(seat.getId()).stream().filter(t -> !t.isCurrent()).toList();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Holding getHolding() { return holding; }
    public List<PaymentScheme> getSupport() { return support; }
    public List<PaymentScheme> getDeputySupport() { return deputySupport; }
    public List<SeatTerm> getHistory() { return history; }
}
