package org.acorn.meetings.agenda;

import java.io.Serializable;

/** An agenda item as typed. */
public class ItemForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public String title;
    public Purpose purpose = Purpose.DISCUSSION;
    public String presenter;
    public String minutesAllowed;
    public String notes;

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public Purpose getPurpose() { return purpose; }
    public void setPurpose(Purpose v) { purpose = v; }
    public String getPresenter() { return presenter; }
    public void setPresenter(String v) { presenter = v; }
    public String getMinutesAllowed() { return minutesAllowed; }
    public void setMinutesAllowed(String v) { minutesAllowed = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
}
