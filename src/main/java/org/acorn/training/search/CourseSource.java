package org.acorn.training.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.acorn.search.SearchDocument;
import org.acorn.search.SearchSource;
import org.acorn.search.Visibility;
import org.acorn.training.course.Course;

/** Courses and events in the site search, for everyone (the training calendar is public). */
@ApplicationScoped
public class CourseSource implements SearchSource {

    public static final String KIND = "course";
    static final String TOPIC_FACET = "course_topic";

    @PersistenceContext(unitName = "acorn") EntityManager em;

    @Override public String kind() { return KIND; }
    @Override public String label() { return "Training"; }
    @Override public Map<String, String> facetLabels() { return Map.of(TOPIC_FACET, "Training topic"); }

    @Override
    @Transactional
    public Stream<SearchDocument> all() {
        return em.createQuery("select c from Course c order by c.id", Course.class).getResultList().stream().map(CourseSource::document);
    }

    @Override
    @Transactional
    public Optional<SearchDocument> one(String id) {
        if (id == null || !id.matches("\\d{1,18}")) return Optional.empty();
        return Optional.ofNullable(em.find(Course.class, Long.valueOf(id))).map(CourseSource::document);
    }

    private static SearchDocument document(Course c) {
        return SearchDocument.builder(KIND, String.valueOf(c.getId()))
                .title(c.getTitle())
                .body(c.getSummary() + "\n" + c.getLevel().getLabel() + ". For " + c.getAudienceLabel() + "."
                        + (c.getFunder() == null ? "" : " Funded by " + c.getFunder() + "."))
                .boosted(c.getTopic())
                .facet(TOPIC_FACET, c.getTopic())
                .visibility(Visibility.PUBLIC)
                .sortName(c.getTitle())
                .url("/training/course.xhtml?id=" + c.getId())
                .build();
    }
}
