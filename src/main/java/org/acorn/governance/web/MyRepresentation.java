package org.acorn.governance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.acorn.governance.body.Holding;
import org.acorn.governance.body.Seats;
import org.acorn.governance.reportback.ReportBack;
import org.acorn.governance.reportback.ReportBacks;
import org.acorn.platform.security.Caller;

/** Backs /representation/my.xhtml: the seats a person holds, their report-backs and drafts. */
@Named
@ViewScoped
public class MyRepresentation implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Seats seats;
    @Inject ReportBacks reports;
    @Inject Caller caller;

    private List<Holding> holdings;
    private List<ReportBack> mine;

    public void load() {
        Long me = caller.require().getId();
        holdings = seats.heldBy(me);
        mine = reports.byAuthor(me);
    }

    public List<Holding> getHoldings() { return holdings; }
    public List<ReportBack> getMine() { return mine; }
}
