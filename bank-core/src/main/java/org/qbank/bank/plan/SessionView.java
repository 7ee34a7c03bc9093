package org.qbank.bank.plan;

import java.time.Instant;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * A 场次 with what a paper for it needs to know: the batch, institution, occupation, work type (null for none),
 * the one level and subject it examines, its mode and (skill) workstations, the state of its batch (papers are drawn
 * only for approved or running batches) and, once recorded, how many candidates sat ({@code attended}, else null).
 * One session receives exactly one paper.
 */
public record SessionView(long id, long batchId, String batchCode, long institutionId, String occupationCode,
                          String workType, String code, Instant startsAt, int durationMinutes, String room,
                          int candidates, Level level, Subject subject, ExamMode mode, Integer workstations,
                          BatchState batchState, Integer attended) {
}
