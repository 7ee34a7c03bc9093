package org.qbank.assembly.compliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The compliance report of an institution for a period (issue 5): metadata only, never a paper's content.
 * {@code sessions}: every session of the period with its paper and fingerprint; {@code proof}: that no fingerprint
 * repeats; {@code overlaps}: pairwise overlap between papers of one occupation/work type/level/subject;
 * {@code plans}: each batch's filing, on time or late, and its 督导员.
 */
public record ComplianceReport(long institutionId, String institutionName, LocalDate from, LocalDate to,
                               Instant generatedAt, List<SessionLine> sessions, FingerprintProof proof,
                               List<OverlapStats> overlaps, List<PlanLine> plans) {

    public ComplianceReport {
        sessions = List.copyOf(sessions);
        overlaps = List.copyOf(overlaps);
        plans = List.copyOf(plans);
    }

    /** One session and what it received ({@code paperId} null when nothing was issued). */
    public record SessionLine(String batchCode, String sessionCode, Instant startsAt, String occupationCode,
                              String level, String subject, int candidates, Integer attended, Long paperId,
                              String paperStatus, String fingerprint, Instant issuedAt) {
    }

    /**
     * Issued fingerprints of the institution (all time, since reuse is forbidden for ever): their count, how many
     * are distinct, and the database key that makes a repeat impossible.
     */
    public record FingerprintProof(long issued, long distinct, String uniqueKey) {
        public boolean noRepeat() {
            return issued == distinct;
        }
    }

    /** Pairwise overlap (shared items over the smaller paper) among the papers of one scope in the period. */
    public record OverlapStats(String occupationCode, String workType, String level, String subject, int papers,
                               int pairs, BigDecimal maxOverlap, BigDecimal meanOverlap) {
    }

    /** A batch's 考务方案 filing and its supervisors. */
    public record PlanLine(String batchCode, String state, LocalDate filedOn, LocalDate firstSession, boolean late,
                           String lateReason, List<String> supervisors) {
        public PlanLine {
            supervisors = List.copyOf(supervisors);
        }
    }
}
