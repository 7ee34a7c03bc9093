package org.qbank.bank.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The full 考务方案 of a batch: the batch and its sessions, site (with the approval when not the filed site),
 * staff, emergency plan, filing ({@code filedOn}, {@code late} with its reason) and amendment count.
 */
public record ExamPlanView(BatchView batch, String site, String siteApproval, String emergencyPlan,
                           List<StaffMember> staff, LocalDate filedOn, boolean late, String lateReason,
                           Instant submittedAt, Instant approvedAt, String approvalNote, String cancelReason,
                           int amendmentCount) {

    public ExamPlanView {
        staff = List.copyOf(staff);
    }
}
