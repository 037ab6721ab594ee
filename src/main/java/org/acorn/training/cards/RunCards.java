package org.acorn.training.cards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.acorn.platform.cards.RecordCard;
import org.acorn.platform.cards.RecordCards;
import org.acorn.training.course.Courses;

/** A training run linked from someone's post: the course, when, where and places left. Training is public. */
@ApplicationScoped
public class RunCards implements RecordCards {

    @Inject Courses courses;

    @Override public String code() { return "tr"; }
    @Override public String page() { return "/training/run.xhtml"; }

    @Override
    public Map<Long, RecordCard> cards(Set<Long> ids, Reader reader) {
        Map<Long, RecordCard> out = new HashMap<>();
        for (Courses.Listing l : courses.listings(ids)) {
            String state = l.getRun().isCancelled() ? " · cancelled" : l.getRun().isFull() ? " · full (waiting list)" : " · " + l.getRun().getPlacesLeft() + " places left";
            out.put(l.getRun().getId(), new RecordCard(l.getRun().isCancelled() ? "Training (cancelled)" : "Training", l.getRun().getId(),
                    l.getCourse().getTitle(), l.getRun().getWhen() + (l.getRun().getWhere().isBlank() ? "" : " · " + l.getRun().getWhere()) + state,
                    page() + "?id=" + l.getRun().getId()));
        }
        return out;
    }
}
