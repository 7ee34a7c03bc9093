package org.qbank.bank.plan;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The staffing and duration standard a 考务方案 must meet. Defaults from DOMAIN §6; the occupation's standard may
 * differ (see {@link ExamStandards}). Minimum durations are per subject in minutes; the skill and review defaults
 * are qbank's, not national numbers.
 */
public record ExamStandard(
        @DefaultValue("90") int minTheoryMinutes,
        @DefaultValue("60") int minSkillMinutes,
        @DefaultValue("30") int minReviewMinutes,
        @DefaultValue("15") int candidatesPerProctor,
        @DefaultValue("2") int minProctorsPerRoom,
        @DefaultValue("30") int maxTheoryRoomCandidates,
        @DefaultValue("5") int candidatesPerExaminer,
        @DefaultValue("3") int minExaminersPerGroup,
        @DefaultValue("true") boolean oddExaminerGroups) {

    public static ExamStandard defaults() {
        return new ExamStandard(90, 60, 30, 15, 2, 30, 5, 3, true);
    }
}
