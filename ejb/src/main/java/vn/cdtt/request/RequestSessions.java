package vn.cdtt.request;

import java.util.List;
import vn.cdtt.commune.SessionPart;

/** The sessions of each requested day the helpers are asked for. */
public enum RequestSessions {
    MORNING(List.of(SessionPart.MORNING)),
    AFTERNOON(List.of(SessionPart.AFTERNOON)),
    BOTH(List.of(SessionPart.MORNING, SessionPart.AFTERNOON));

    private final List<SessionPart> parts;

    RequestSessions(List<SessionPart> parts) {
        this.parts = parts;
    }

    public List<SessionPart> parts() {
        return parts;
    }
}
