package org.acorn.training.accreditation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Where a volunteer stands, worked out from facts (modules, sign-offs, courses attended) rather than stored, so it
 * cannot drift: each module met or not, and the whole in progress, ready to award, accredited or lapsed.
 */
public final class Progress {

    public enum Status {
        IN_PROGRESS("In progress"), READY("All modules met: ready to award"), ACCREDITED("Accredited"), LAPSED("Lapsed: renew");
        private final String label;
        Status(String label) { this.label = label; }
        public String getLabel() { return label; }
    }

    private final List<Module> met;
    private final int modules;
    private final Status status;

    private Progress(List<Module> met, int modules, Status status) {
        this.met = met;
        this.modules = modules;
        this.status = status;
    }

    /**
     * @param credited ids of modules an assessor signed off
     * @param attendedCourses ids of courses the volunteer attended (a module with a course is met by attending it)
     */
    public static Progress of(List<Module> modules, Set<Long> credited, Set<Long> attendedCourses, LocalDate validUntil, LocalDate today) {
        List<Module> met = modules.stream().filter(m -> credited.contains(m.getId())
                || m.getCourseId() != null && attendedCourses.contains(m.getCourseId())).toList();
        boolean all = !modules.isEmpty() && met.size() == modules.size();
        Status s;
        if (validUntil != null && !validUntil.isBefore(today)) s = Status.ACCREDITED;
        else if (validUntil != null && !all) s = Status.LAPSED;
        else if (all) s = validUntil == null ? Status.READY : Status.LAPSED;
        else s = Status.IN_PROGRESS;
        return new Progress(met, modules.size(), s);
    }

    /** Accreditation may be awarded (or renewed) when every module is met and it is not currently held. */
    public boolean mayAward() { return met.size() == modules && modules > 0 && status != Status.ACCREDITED; }

    public boolean isMet(Module m) { return met.stream().anyMatch(x -> x.getId().equals(m.getId())); }
    public int getMetCount() { return met.size(); }
    public int getModules() { return modules; }
    public Status getStatus() { return status; }
}
