package org.acorn.directory.taxonomy;

import java.lang.reflect.Field;

/** Builds terms with ids, as the database would give them, for tests without a database. */
final class Terms {

    private Terms() { }

    static Taxonomy taxonomy(long id, String code) {
        return withId(new Taxonomy(code, code, null), id);
    }

    static TaxonomyTerm term(Taxonomy taxonomy, long id, Long parentId, String code, int sortOrder) {
        return withId(new TaxonomyTerm(taxonomy, parentId, code, "Term " + code, sortOrder), id);
    }

    static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
