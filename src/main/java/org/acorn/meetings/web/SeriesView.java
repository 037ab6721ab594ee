package org.acorn.meetings.web;

import org.acorn.platform.web.Faces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.acorn.meetings.Meeting;
import org.acorn.meetings.Meetings;
import org.acorn.meetings.series.MeetingSeries;
import org.acorn.meetings.series.Spread;

/** Backs /meetings/series.xhtml?id=: a series' meetings, its feed, and how they spread over days and times. */
@Named
@RequestScoped
public class SeriesView {

    @Inject Meetings meetings;

    private String id;
    private MeetingSeries series;
    private List<Meeting> list;

    public void load() {
        series = meetings.series(Faces.id(id)).orElse(null);
        if (series == null) {
            Faces.notFound();
            return;
        }
        list = meetings.ofSeries(series.getId());
    }

    public List<Spread.Row> getSpread() {
        return Spread.of(list.stream().filter(m -> !m.isCancelled()).map(Meeting::start).toList());
    }

    public MeetingSeries getSeries() { return series; }
    public List<Meeting> getMeetings() { return list; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
