package org.acorn.training.feedback;

import java.util.List;

/** A run's feedback summed up: how many answered, the average rating, how many gave each rating, and the comments. */
public final class FeedbackSummary {

    private final int responses;
    private final long fromPaper;
    private final int[] counts = new int[5];
    private final List<String> useful;
    private final List<String> improve;

    public FeedbackSummary(List<Feedback> all) {
        responses = all.size();
        fromPaper = all.stream().filter(f -> f.getEnteredBy() != null).count();
        all.forEach(f -> counts[f.getRating() - 1]++);
        useful = all.stream().map(Feedback::getUseful).filter(s -> s != null && !s.isBlank()).toList();
        improve = all.stream().map(Feedback::getImprove).filter(s -> s != null && !s.isBlank()).toList();
    }

    public int getResponses() { return responses; }
    /** How many of the responses were typed in from paper forms. */
    public long getFromPaper() { return fromPaper; }

    /** Average to one decimal place, e.g. "4.3"; empty with no responses. */
    public String getAverage() {
        if (responses == 0) return "";
        double sum = 0;
        for (int i = 0; i < 5; i++) sum += (i + 1) * counts[i];
        return String.format(java.util.Locale.UK, "%.1f", sum / responses);
    }

    /** How many gave 1..5, as a list from 5 down to 1 (as a table reads). */
    public List<Integer> getCountsFromTop() { return List.of(counts[4], counts[3], counts[2], counts[1], counts[0]); }
    public List<String> getUseful() { return useful; }
    public List<String> getImprove() { return improve; }
}
