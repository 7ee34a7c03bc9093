package org.qbank.assembly.job;

/** Where an assembly job is. */
public enum JobState {
    QUEUED, SOLVING, DONE, CANCELLED, FAILED
}
