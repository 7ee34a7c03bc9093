package org.qbank.bank.plan;

/** Add a 场次 to a batch. */
public record AddSession(long batchId, SessionDetails session) {
}
