package nl.pmg.planner.audit;

import nl.pmg.planner.shared.AuditedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.stereotype.Component;

/**
 * Records every {@link AuditedEvent} a feature publishes. The listener runs in the publisher's thread and
 * so inside its transaction: the change and its audit row are committed together or not at all, whether the
 * change came over HTTP, from the import command or from start-up. A plain {@link ApplicationListener}
 * (not {@code @EventListener}), because those are registered by bean name before the singletons are made,
 * so that the geodata load during start-up is recorded too.
 */
@Component
class AuditListener implements ApplicationListener<ApplicationEvent> {

    private final AuditTrail trail;

    AuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof AuditedEvent e) {
            trail.record(e.actor(), e.action(), e.target(), e.detail());
        }
    }

    @Override
    public boolean supportsAsyncExecution() {
        return false;
    }
}
