package org.qbank.bank.plan;

import java.util.List;

/**
 * One change to a 考务方案. In a draft it applies directly; after submission it is an amendment with a reason,
 * stored with before/after snapshots.
 */
public sealed interface PlanEdit {

    /** A short Chinese description for the audit log. */
    String describe();

    record AddSession(SessionDetails session) implements PlanEdit {
        public String describe() {
            return "新增场次 " + session.code();
        }
    }

    /** Replaces the details of session {@code code}; the code itself does not change. */
    record UpdateSession(String code, SessionDetails session) implements PlanEdit {
        public String describe() {
            return "修改场次 " + code;
        }
    }

    /** Replaces the whole staff list. */
    record SetStaff(List<StaffMember> staff) implements PlanEdit {
        public SetStaff {
            staff = List.copyOf(staff);
        }

        public String describe() {
            return "调整考务人员 (" + staff.size() + " 人)";
        }
    }

    /** The exam site, and the approval (document, approver, date) when it is not the institution's filed site. */
    record SetSite(String site, String approval) implements PlanEdit {
        public String describe() {
            return "考点 " + site;
        }
    }

    record SetEmergencyPlan(String note) implements PlanEdit {
        public String describe() {
            return "应急预案";
        }
    }
}
