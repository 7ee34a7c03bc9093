package org.qbank.assembly.job;

/** A new best score, {@code elapsedMillis} after the job started. */
public record Progress(long elapsedMillis, String score, boolean feasible) {
}
