package nl.pmg.planner.shared;

/**
 * A domain event that belongs in the audit trail: a fact in the past tense ({@code ScenarioSaved},
 * {@code IndicatorImported}, {@code DecisionRecorded}), published with Spring's
 * {@code ApplicationEventPublisher} inside the transaction of the change it reports. The audit module
 * listens for these, so a feature never calls the audit trail itself and a command-line change is
 * audited exactly as an HTTP one.
 */
public interface AuditedEvent {

    /** Who made the change: a username, or null for the anonymous public or the system itself. */
    String actor();

    /** A stable, kebab-case action name, e.g. {@code scenario-saved}. */
    String action();

    /** What was changed, e.g. {@code scenario 12} or {@code indicator youth_suspects}. */
    String target();

    /** A short, human-readable detail without personal data or geometry; may be null. */
    String detail();
}
