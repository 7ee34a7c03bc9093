package org.qbank.bank.plan;

import java.util.ArrayList;
import java.util.List;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Subject;
import org.qbank.bank.common.Texts;
import org.qbank.bank.occupation.OccupationCode;

/**
 * One line of an annual plan: for an occupation / work type (null: none) / level / subject, how many batches and
 * sessions are planned and how many candidates expected. Each session needs one fresh paper.
 */
public record PlannedLine(String occupationCode, String workType, Level level, Subject subject, int batches,
                          int sessions, int candidates, String note) {

    public PlannedLine {
        List<Violation> problems = new ArrayList<>();
        try {
            occupationCode = OccupationCode.of(occupationCode).value();
        } catch (RuleViolationException e) {
            problems.addAll(e.violations());
        }
        if (level == null || subject == null) {
            problems.add(new Violation("level", "等级和科目不能为空"));
        } else if (!subject.allowedFor(level)) {
            problems.add(new Violation("subject", "综合评审只用于二级和一级"));
        }
        if (batches < 0 || sessions < 0 || candidates < 0) {
            problems.add(new Violation("sessions", "批次数、场次数和考生人数不能为负数"));
        }
        if (sessions < batches) {
            problems.add(new Violation("sessions", "场次数 " + sessions + " 少于批次数 " + batches + " (每批次至少一场)"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        workType = Texts.optional(workType);
        note = Texts.optional(note);
    }

    /** The occupation / work type / level / subject this line plans for. */
    public String key() {
        return occupationCode + "|" + (workType == null ? "" : workType) + "|" + level.number() + "|" + subject.name();
    }
}
