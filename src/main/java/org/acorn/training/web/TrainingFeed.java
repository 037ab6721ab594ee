package org.acorn.training.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acorn.meetings.calendar.IcsWriter;
import org.acorn.platform.config.Settings;
import org.acorn.training.course.Courses;

/**
 * iCal feeds (RFC 5545, written by the meetings feature's {@link IcsWriter}): /training/calendar.ics lists runs from a
 * month ago to a year ahead (optionally ?topic=), /training/calendar/run/N.ics one run. Training is public, so
 * there is nothing private here; cancelled runs stay in the feed as cancelled so calendars drop them.
 */
@WebServlet(urlPatterns = {"/training/calendar.ics", "/training/calendar/*"})
public class TrainingFeed extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern RUN = Pattern.compile("/run/(\\d{1,18})\\.ics");

    @Inject Courses courses;
    @Inject Settings settings;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<Courses.Listing> listings;
        String name;
        if (req.getServletPath().equals("/training/calendar.ics")) {
            Instant now = courses.now();
            String topic = req.getParameter("topic");
            listings = courses.between(now.minus(Duration.ofDays(31)), now.plus(Duration.ofDays(366))).stream()
                    .filter(l -> topic == null || topic.isBlank() || l.getCourse().getTopic().equalsIgnoreCase(topic.strip())).toList();
            name = "Training and events";
        } else {
            Matcher m = RUN.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
            listings = m.matches() ? courses.listing(Long.valueOf(m.group(1))).map(List::of).orElse(List.of()) : List.of();
            if (listings.isEmpty()) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            name = listings.get(0).getCourse().getTitle();
            resp.setHeader("Content-Disposition", "attachment; filename=\"training-" + m.group(1) + ".ics\"");
        }
        List<IcsWriter.Event> events = listings.stream().map(l -> org.acorn.training.course.RunCalendar.event(l.getRun(), l.getCourse(),
                settings.baseUrl(), l.getRun().getCreatedAt())).toList();
        byte[] bytes = IcsWriter.calendar(name, events, courses.now()).getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/calendar; charset=UTF-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
