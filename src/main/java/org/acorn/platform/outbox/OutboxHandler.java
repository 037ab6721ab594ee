package org.acorn.platform.outbox;

/**
 * Carries out one kind of outbox message. Implementations are CDI beans; they must be idempotent, since a
 * node that crashes after the side effect but before marking the row done will see it again.
 */
public interface OutboxHandler {
    String kind();

    void handle(String payload) throws Exception;
}
