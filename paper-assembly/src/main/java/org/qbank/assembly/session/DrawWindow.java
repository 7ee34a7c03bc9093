package org.qbank.assembly.session;

import java.time.Duration;
import java.time.Instant;

/**
 * When a session's paper may be drawn: from {@code window} before its start until the start, never earlier and
 * never after (papers stay sealed until they are needed, and a running session gets no new paper).
 */
public record DrawWindow(Instant opensAt, Instant closesAt) {

    public static DrawWindow before(Instant start, Duration window) {
        return new DrawWindow(start.minus(window), start);
    }

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
