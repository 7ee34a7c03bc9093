package org.qbank.bank.plan;

import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Texts;

/**
 * A person in a 考务方案 with the qualification fields the forms ask for: {@code certificateNo} (考评员证、督导员证
 * number), {@code qualification} (e.g. "二级/技师", "高级工程师"). Proctors and examiners name the {@code sessionCode}
 * they serve; examiners belong to a {@code group} with one {@code groupLeader}. A person serving two sessions is
 * listed once per session. {@code supervisor} of the batch: role SUPERVISOR, no session.
 */
public record StaffMember(StaffRole role, String name, String certificateNo, String qualification,
                          String sessionCode, String group, boolean groupLeader) {

    public StaffMember {
        if (role == null) {
            throw RuleViolationException.of("staff.role", "人员角色不能为空");
        }
        if (name == null || name.isBlank()) {
            throw RuleViolationException.of("staff.name", role.displayName() + "姓名不能为空");
        }
        name = name.strip();
        sessionCode = Texts.optional(sessionCode);
        group = Texts.optional(group);
        certificateNo = Texts.optional(certificateNo);
        qualification = Texts.optional(qualification);
    }

    public static StaffMember of(StaffRole role, String name) {
        return new StaffMember(role, name, null, null, null, null, false);
    }

    public static StaffMember proctor(String name, String sessionCode) {
        return new StaffMember(StaffRole.PROCTOR, name, null, null, sessionCode, null, false);
    }

    public static StaffMember examiner(String name, String sessionCode, String group, boolean leader) {
        return new StaffMember(StaffRole.EXAMINER, name, null, null, sessionCode, group, leader);
    }
}
