package org.acorn.bulletins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.acorn.platform.mail.MailDelivery;
import org.acorn.platform.mail.MailMessage;
import org.acorn.platform.mail.MailRefused;
import org.acorn.platform.outbox.OutboxHandler;

/**
 * Sends one bulletin to one recipient (an outbox message of kind "bulletin"): paced to the configured rate across
 * all nodes ({@link SendSlots}),
 * personalised from the words frozen at sending, marked sent straight after the server accepts it. A message the
 * server refuses for good fails the recipient and records the address; anything else is retried by the outbox.
 * A recipient already sent (the node died before the outbox row was marked done) is skipped.
 */
@ApplicationScoped
public class BulletinDelivery implements OutboxHandler {

    private static final Logger LOG = Logger.getLogger(BulletinDelivery.class.getName());
    /** The outbox gives up after this many tries (OutboxStore.MAX_ATTEMPTS); the recipient is failed with it. */
    static final int LAST_TRY = 8;

    @Inject BulletinDeliveries deliveries;
    @Inject MailDelivery mail;
    @Inject BulletinSettings settings;
    @Inject Bulletins bulletins;
    @Inject SendSlots slots;

    private final SendPace pace = new SendPace(System::nanoTime);

    @Override public String kind() { return Bulletins.OUTBOX_KIND; }

    @Override
    public void handle(String payload) throws Exception {
        JsonObject p = Json.createReader(new StringReader(payload)).readObject();
        Long recipientId = p.getJsonNumber("r").longValue();
        String stop = p.getString("u");
        Optional<Object[]> found = deliveries.pending(recipientId);
        if (found.isEmpty()) return;
        BulletinRecipient r = (BulletinRecipient) found.get()[0];
        Bulletin b = (Bulletin) found.get()[1];
        BulletinRender.Frozen f = BulletinRender.personalise(new BulletinRender.Frozen(
                "[" + BulletinRender.oneLine(bulletins.networkName()) + "] " + BulletinRender.oneLine(b.getTitle()),
                b.getHtmlFrozen(), b.getTextFrozen()), r.getName(), stop);
        // this node's own spacing, then a place in the cluster-wide slot (N nodes together keep to the one rate)
        long wait = pace.reserve(settings.ratePerSecond());
        if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
        long slotWait = slots.reserve(settings.ratePerSecond());
        if (slotWait > 0) TimeUnit.MILLISECONDS.sleep(slotWait);
        try {
            mail.send(new MailMessage("bulletin-" + b.getId() + "-" + r.getId(), r.getEmail(), f.subject(), f.text(), f.html(),
                    bulletins.headers(stop)));
        } catch (MailRefused e) {
            deliveries.refused(recipientId, r.getEmail(), e.getMessage());
            LOG.info(() -> "event=bulletin.refused bulletin=" + b.getId() + " recipient=" + recipientId);
            return; // recorded: nothing for the outbox to retry
        } catch (IllegalArgumentException e) {
            deliveries.refused(recipientId, r.getEmail(), "not an email address");
            return;
        } catch (Exception e) {
            deliveries.retrying(recipientId, e.getClass().getSimpleName() + ": " + e.getMessage(), r.getAttempts() + 1 >= LAST_TRY);
            throw e;
        }
        deliveries.sent(recipientId);
    }
}
