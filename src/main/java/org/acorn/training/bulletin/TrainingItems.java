package org.acorn.training.bulletin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.acorn.bulletins.BulletinItemSource;
import org.acorn.bulletins.ItemCandidate;
import org.acorn.platform.config.Settings;
import org.acorn.training.course.Courses;

/** "Training coming up" for a bulletin: runs in the next six weeks that are still open, with how many places are left. */
@ApplicationScoped
public class TrainingItems implements BulletinItemSource {

    static final Duration AHEAD = Duration.ofDays(42);

    @Inject Courses courses;
    @Inject Settings settings;

    @Override public String name() { return "training"; }
    @Override public int order() { return 40; }

    @Override
    @Transactional
    public List<ItemCandidate> since(Instant from, Instant to) {
        List<ItemCandidate> out = new ArrayList<>();
        for (Courses.Listing l : courses.between(to, to.plus(AHEAD))) {
            if (l.getRun().isCancelled() || !l.getRun().getBookingDeadline().isAfter(to)) continue;
            String places = l.getRun().isFull() ? "Full: join the waiting list." : l.getRun().getPlacesLeft() + " places left.";
            out.add(new ItemCandidate(name(), "run-" + l.getRun().getId(), l.getCourse().getTitle(),
                    l.getRun().getWhen() + (l.getRun().getWhere().isBlank() ? "" : ", " + l.getRun().getWhere()) + ". "
                            + l.getCourse().getCostLabel() + ". " + places,
                    settings.baseUrl() + "/training/run.xhtml?id=" + l.getRun().getId(), l.getRun().getStartsAt(), "Training coming up"));
        }
        return out;
    }
}
