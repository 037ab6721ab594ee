package org.acorn.search.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.acorn.platform.web.Faces;
import org.acorn.search.SynonymGroup;
import org.acorn.search.SynonymRefused;
import org.acorn.search.Synonyms;

/** Backs /admin/synonyms.xhtml: site administrators add, change and remove groups; co-ordinators read them. */
@Named
@ViewScoped
public class SynonymsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient Synonyms synonyms;

    /** One group as edited on the page. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long id;
        private final long version;
        private String words;

        Row(SynonymGroup g) {
            this.id = g.getId();
            this.version = g.getVersion();
            this.words = g.getWords();
        }

        public Long getId() { return id; }
        public String getWords() { return words; }
        public void setWords(String words) { this.words = words; }
    }

    private List<Row> rows = new ArrayList<>();
    private String newWords;
    private boolean mayEdit;

    public void load() {
        rows = new ArrayList<>(synonyms.list().stream().map(Row::new).toList());
        mayEdit = synonyms.mayEdit();
    }

    public void add() {
        try {
            synonyms.add(newWords);
            Faces.flash("Added: " + clip(newWords) + ". Searches use it from now on.");
            Faces.redirect("/admin/synonyms.xhtml");
        } catch (SynonymRefused e) {
            Faces.fieldError("add:words", e.getMessage());
        }
    }

    public void save(Row row) {
        try {
            synonyms.update(row.id, row.version, row.words);
            Faces.flash("Saved: " + clip(row.words) + ".");
            Faces.redirect("/admin/synonyms.xhtml");
        } catch (SynonymRefused e) {
            Faces.error("Not saved (" + clip(row.words) + "): " + e.getMessage());
        }
    }

    public void remove(Row row) {
        try {
            synonyms.remove(row.id);
            Faces.flash("Removed a synonym group.");
            Faces.redirect("/admin/synonyms.xhtml");
        } catch (SynonymRefused e) {
            Faces.error(e.getMessage());
        }
    }

    private static String clip(String s) {
        if (s == null) return "";
        String t = s.strip();
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }

    public List<Row> getRows() { return rows; }
    public String getNewWords() { return newWords; }
    public void setNewWords(String newWords) { this.newWords = newWords; }
    public boolean isMayEdit() { return mayEdit; }
}
