package org.acorn.governance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.acorn.governance.GovernanceSettings;
import org.acorn.governance.body.Holding;
import org.acorn.governance.body.SeatReport;
import org.acorn.governance.body.Seats;

/** Backs /representation/seats.xhtml: how many seats small organisations hold, which are vacant or ending. */
@Named
@ViewScoped
public class SeatReportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Seats seats;
    @Inject GovernanceSettings settings;

    private SeatReport report;

    public void load() {
        report = seats.report(settings.termEndingDays());
    }

    public SeatReport getReport() { return report; }
    public boolean endingSoon(Holding h) { return report.endingSoon(h); }
}
