package org.acorn.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.acorn.forum.Attachments;
import org.acorn.forum.Forum;
import org.acorn.forum.ForumAccess;
import org.acorn.forum.ForumCategory;
import org.acorn.forum.ForumPost;
import org.acorn.forum.ForumReader;
import org.acorn.forum.ForumReaders;
import org.acorn.forum.ForumRefused;
import org.acorn.forum.ForumTopic;
import org.acorn.platform.web.Faces;

/** Backs /forum/attach.xhtml?post=: attach a document or picture to one's own post. */
@Named
@ViewScoped
public class AttachPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Forum forum;
    @Inject Attachments attachments;
    @Inject ForumReaders.Current current;

    private String post;
    private Long postId;
    private Long topicId;
    private int number;
    private String topicTitle;
    private transient Part file;

    public void load() {
        ForumReader r = current.get();
        Forum.PostInTopic found = forum.readablePost(r, Faces.id(post)).orElse(null);
        if (found == null) {
            Faces.notFound();
            return;
        }
        ForumPost p = found.post();
        ForumTopic t = found.topic();
        ForumCategory c = found.category();
        postId = p.getId();
        topicId = t.getId();
        number = p.getPostNumber();
        topicTitle = t.getTitle();
        if (!ForumAccess.mayEdit(r, c, t, p)) Faces.error("You can only attach files to your own posts.");
    }

    public void upload() {
        try {
            if (file == null || file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank())) {
                throw ForumRefused.field("file", "Choose a file to attach.");
            }
            try (InputStream in = file.getInputStream()) {
                attachments.attach(postId, file.getSubmittedFileName(), in);
            }
            Faces.flash("The file is attached.");
            Faces.redirect(ForumPages.topicUrl(topicId, number));
        } catch (ForumRefused e) {
            e.showOn("attach");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getPost() { return post; }
    public void setPost(String post) { this.post = post; }
    public Long getTopicId() { return topicId; }
    public int getNumber() { return number; }
    public String getTopicTitle() { return topicTitle; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
