package org.acorn.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the JVM has head-room; a node that is out of memory should be restarted, not routed to. */
@Liveness
@ApplicationScoped
public class ProcessHealth implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        boolean ok = used < rt.maxMemory() * 0.95;
        return HealthCheckResponse.named("memory").status(ok).withData("usedMb", used >> 20)
                .withData("maxMb", rt.maxMemory() >> 20).build();
    }
}
