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
 * and subject it examines. The start is kept to the second (MariaDB drops fractions).
 */
public record SessionDetails(String code, Instant startsAt, int durationMinutes, String room, int candidates,
                             Level level, Subject subject) {

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
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        code = code.strip();
        room = room.strip();
        startsAt = startsAt.truncatedTo(ChronoUnit.SECONDS);
    }

    public Instant endsAt() {
        return startsAt.plus(durationMinutes, ChronoUnit.MINUTES);
    }
}
