package org.acorn.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Messages that survive a post-redirect-get. Mojarra's Flash lost them now and then (its cookie and
 * sequence bookkeeping); these sit in the session until the next page renders and are shown there once.
 */
public class Notices implements PhaseListener {
    private static final long serialVersionUID = 1L;
    private static final String KEY = Notices.class.getName();

    static void keep(String message) {
        Map<String, Object> session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        synchronized (session) {
            @SuppressWarnings("unchecked")
            List<String> pending = (List<String>) session.get(KEY);
            List<String> next = pending == null ? new ArrayList<>() : new ArrayList<>(pending);
            next.add(message);
            session.put(KEY, next);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext ctx = event.getFacesContext();
        if (ctx.getExternalContext().getSession(false) == null) return;
        @SuppressWarnings("unchecked")
        List<String> pending = (List<String>) ctx.getExternalContext().getSessionMap().remove(KEY);
        if (pending == null) return;
        for (String message : pending) {
            ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) { }

    @Override
    public PhaseId getPhaseId() { return PhaseId.RENDER_RESPONSE; }
}
