package org.qbank.bank.plan;

/** How many candidates sat a session. */
public record RecordAttendance(long sessionId, int attended) {
}
