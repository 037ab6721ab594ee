package org.acorn.updates;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** What an author types for an update; checked by {@link Updates#save}. */
public class UpdateForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String kind = UpdateKind.NETWORK_NEWS.name();
    private String title;
    private String body;
    private Long bodyId;
    private String visibility = UpdateVisibility.PUBLIC.name();
    /** Empty: publish now. Local time in the network's zone. */
    private LocalDateTime publishAt;
    private LocalDate closesOn;
    private List<String> tags = new ArrayList<>();
    /** A briefing's key actions, one a line. */
    private String keyActions;
    private long version = -1;

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Long getBodyId() { return bodyId; }
    public void setBodyId(Long bodyId) { this.bodyId = bodyId; }
    public String getVisibility() { return visibility; }
    public void setVisibility(String visibility) { this.visibility = visibility; }
    public LocalDateTime getPublishAt() { return publishAt; }
    public void setPublishAt(LocalDateTime publishAt) { this.publishAt = publishAt; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public List<String> getTags() { return tags; }
    public void setTags(List<String> tags) { this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags); }
    public String getKeyActions() { return keyActions; }
    public void setKeyActions(String keyActions) { this.keyActions = keyActions; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
