package org.qbank.bank.plan;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Subject;

/**
 * What a 场次 is: code (unique within its batch), start, duration, room, number of candidates, and the one level
 * and subject it examines, the exam mode (default by subject) and, for skill sessions, the workstations. The start
 * is kept to the second (MariaDB drops fractions).
 */
public record SessionDetails(String code, Instant startsAt, int durationMinutes, String room, int candidates,
                             Level level, Subject subject, ExamMode mode, Integer workstations) {

    /** A session in the default mode of its subject, without a workstation count. */
    public SessionDetails(String code, Instant startsAt, int durationMinutes, String room, int candidates,
                          Level level, Subject subject) {
        this(code, startsAt, durationMinutes, room, candidates, level, subject, null, null);
    }

    public SessionDetails {
        List<Violation> problems = new ArrayList<>();
        if (code == null || code.isBlank()) {
            problems.add(new Violation("code", "场次编号不能为空"));
        }
        if (startsAt == null) {
            problems.add(new Violation("startsAt", "场次开始时间不能为空"));
        }
        if (durationMinutes <= 0) {
            problems.add(new Violation("durationMinutes", "考试时长须大于 0 分钟: " + durationMinutes));
        }
        if (room == null || room.isBlank()) {
            problems.add(new Violation("room", "考场不能为空"));
        }
        if (candidates <= 0) {
            problems.add(new Violation("candidates", "考生人数须大于 0: " + candidates));
        }
        if (level == null) {
            problems.add(new Violation("level", "等级不能为空"));
        }
        if (subject == null) {
            problems.add(new Violation("subject", "科目不能为空"));
        }
        if (workstations != null && workstations < 0) {
            problems.add(new Violation("workstations", "工位数不能为负数: " + workstations));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        code = code.strip();
        room = room.strip();
        startsAt = startsAt.truncatedTo(ChronoUnit.SECONDS);
        mode = mode == null ? ExamMode.defaultFor(subject) : mode;
    }

    public SessionDetails withWorkstations(Integer count) {
        return new SessionDetails(code, startsAt, durationMinutes, room, candidates, level, subject, mode, count);
    }

    public SessionDetails withCandidates(int count) {
        return new SessionDetails(code, startsAt, durationMinutes, room, count, level, subject, mode, workstations);
    }

    public SessionDetails withDuration(int minutes) {
        return new SessionDetails(code, startsAt, minutes, room, candidates, level, subject, mode, workstations);
    }

    public SessionDetails withStart(Instant start) {
        return new SessionDetails(code, start, durationMinutes, room, candidates, level, subject, mode, workstations);
    }

    public Instant endsAt() {
        return startsAt.plus(durationMinutes, ChronoUnit.MINUTES);
    }
}
