package org.acorn.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.acorn.directory.InvalidInput;
import org.acorn.platform.web.Faces;
import org.acorn.training.booking.Booking;
import org.acorn.training.course.Courses;
import org.acorn.training.feedback.Feedbacks;

/** Backs /training/feedback.xhtml?token=: the feedback form emailed after a run; the link is the key, used once. */
@Named
@ViewScoped
public class FeedbackPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Feedbacks feedbacks;
    @Inject Courses courses;

    private String token;
    private Booking booking;
    private Courses.Listing listing;
    private Integer rating;
    private String useful;
    private String improve;
    private boolean thanked;

    public void load() {
        booking = feedbacks.forToken(token).orElse(null);
        listing = booking == null ? null : courses.listing(booking.getRunId()).orElse(null);
    }

    public void send() {
        try {
            feedbacks.give(token, rating, useful, improve);
            thanked = true;
        } catch (InvalidInput e) {
            Faces.errors("feedback", e.errors());
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public Booking getBooking() { return booking; }
    public Courses.Listing getListing() { return listing; }
    public Integer getRating() { return rating; }
    public void setRating(Integer rating) { this.rating = rating; }
    public String getUseful() { return useful; }
    public void setUseful(String useful) { this.useful = useful; }
    public String getImprove() { return improve; }
    public void setImprove(String improve) { this.improve = improve; }
    public boolean isThanked() { return thanked; }
}
