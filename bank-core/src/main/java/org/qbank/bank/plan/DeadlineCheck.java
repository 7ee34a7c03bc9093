package org.qbank.bank.plan;

import java.time.LocalDate;
import java.util.Set;

/**
 * The filing deadline of a plan (DOMAIN §8): on time when at least {@code required} working days lie strictly
 * between the filing date and the date of the first session. {@code unpublishedYears} lists years counted by
 * weekends only because their holiday schedule is not entered.
 */
public record DeadlineCheck(LocalDate filedOn, LocalDate firstSessionOn, int workingDaysBetween, int required,
                            Set<Integer> unpublishedYears) {

    public DeadlineCheck {
        unpublishedYears = Set.copyOf(unpublishedYears);
    }

    public static DeadlineCheck of(WorkCalendar calendar, LocalDate filedOn, LocalDate firstSessionOn, int required) {
        return new DeadlineCheck(filedOn, firstSessionOn, calendar.workingDaysBetween(filedOn, firstSessionOn),
                required, calendar.unpublishedYears(filedOn, firstSessionOn));
    }

    public boolean onTime() {
        return workingDaysBetween >= required;
    }

    /** The latest filing date that is still on time is not computed here; this says why a plan is late. */
    public String lateMessage() {
        return "报送过迟: 报送日 " + filedOn + " 与首场考试日 " + firstSessionOn + " 之间只有 " + workingDaysBetween
                + " 个工作日, 应至少 " + required + " 个";
    }
}
