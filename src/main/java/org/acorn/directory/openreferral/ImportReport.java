package org.acorn.directory.openreferral;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.acorn.platform.web.Csv;

/** What an import did with each record of the file, and why; or why it did nothing at all. */
public final class ImportReport {

    public enum Outcome {
        ADDED("Added"), UPDATED("Updated"), UNCHANGED("Unchanged"), REJECTED("Rejected");
        private final String label;
        Outcome(String label) { this.label = label; }
        public String getLabel() { return label; }
    }

    /** One record's line: its kind ("organization", "service" …), the dataset's id, its name, what happened and why. */
    public record Line(String kind, String sourceId, String name, Outcome outcome, String reason) {
        public String getKind() { return kind; }
        public String getSourceId() { return sourceId; }
        public String getName() { return name; }
        public Outcome getOutcome() { return outcome; }
        public String getReason() { return reason; }
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<String> fatal = new ArrayList<>();
    private boolean applied;

    /** The whole file is refused: nothing is imported. */
    public void refuse(String why) { fatal.add(why); }

    public void add(String kind, String sourceId, String name, Outcome outcome, String reason) {
        lines.add(new Line(kind, sourceId, name, outcome, reason));
    }

    void markApplied() { applied = true; }

    public boolean isRefused() { return !fatal.isEmpty(); }
    public boolean isApplied() { return applied; }
    public List<String> getFatal() { return Collections.unmodifiableList(fatal); }
    public List<Line> getLines() { return Collections.unmodifiableList(lines); }

    /** Lines a page shows: a large file's report is read in the CSV, not in a page of thousands of rows. */
    static final int SHOWN = 500;

    public List<Line> getShownLines() { return getLines().subList(0, Math.min(SHOWN, lines.size())); }

    public int getUnshownLines() { return Math.max(0, lines.size() - SHOWN); }

    public long count(String kind, Outcome outcome) {
        return lines.stream().filter(l -> l.kind().equals(kind) && l.outcome() == outcome).count();
    }

    public long count(Outcome outcome) { return lines.stream().filter(l -> l.outcome() == outcome).count(); }
    public long getAdded() { return count(Outcome.ADDED); }
    public long getUpdated() { return count(Outcome.UPDATED); }
    public long getUnchanged() { return count(Outcome.UNCHANGED); }
    public long getRejected() { return count(Outcome.REJECTED); }

    /** A one-line summary for the audit log and the page. */
    public String summary() {
        if (isRefused()) return "refused: " + String.join(" ", fatal);
        return getAdded() + " added, " + getUpdated() + " updated, " + getUnchanged() + " unchanged, " + getRejected() + " rejected";
    }

    public String csv() {
        StringBuilder out = new StringBuilder(Csv.BOM);
        out.append(Csv.row(List.of("record", "id in file", "name", "outcome", "reason")));
        for (String f : fatal) out.append(Csv.row(List.of("file", "", "", "Refused", f)));
        for (Line l : lines) {
            out.append(Csv.row(List.of(l.kind(), l.sourceId() == null ? "" : l.sourceId(), l.name() == null ? "" : l.name(),
                    l.outcome().getLabel(), l.reason() == null ? "" : l.reason())));
        }
        return out.toString();
    }
}
