package org.qbank.bank.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.plan.WorkCalendar.DayKind;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@StorageTest
@SpringBootTest(classes = BankCoreTestApplication.class)
class WorkingCalendarIT {

    private static final Actor PLATFORM = new Actor(1, "platform", Set.of(Role.PLATFORM_ADMIN), Set.of());

    @Autowired
    WorkingCalendarService calendar;

    @Test
    void the2026ScheduleIsSeededWithItsMakeUpWorkingDays() {
        assertThat(calendar.entries(2026)).hasSize(39)
                .filteredOn(e -> e.kind() == DayKind.WORKDAY).extracting(e -> e.date().toString())
                .containsExactly("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
        WorkCalendar spring = calendar.between(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-31"));
        assertThat(spring.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
        assertThat(spring.isWorkingDay(LocalDate.parse("2026-02-23"))).isFalse();
        // Fri 02-13 .. Tue 02-24: only the make-up Saturday 02-14 lies between on a working day
        assertThat(spring.workingDaysBetween(LocalDate.parse("2026-02-13"), LocalDate.parse("2026-02-24"))).isEqualTo(1);
    }

    @Test
    void anUnpublishedYearIsCountedByWeekendsAndSaysSo() {
        DeadlineCheck check = calendar.deadline(LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-06"), 5);
        assertThat(check.unpublishedYears()).containsExactly(2027);
        // 12-29, 12-30, 12-31, 01-01 (no holiday entered for 2027), 01-04, 01-05
        assertThat(check.workingDaysBetween()).isEqualTo(6);
    }

    @Test
    void thePlatformAdministratorEditsTheCalendar() {
        LocalDate day = LocalDate.parse("2035-05-07"); // a Monday, far from any date other tests use
        assertThatThrownBy(() -> calendar.set(new Actor(2, "kaowu", Set.of(Role.EXAM_ADMIN), Set.of(1L)),
                new CalendarEntry(day, DayKind.HOLIDAY, "劳动节"))).isInstanceOf(AccessDeniedException.class);

        calendar.set(PLATFORM, new CalendarEntry(day, DayKind.HOLIDAY, "劳动节"));
        calendar.publishYear(PLATFORM, 2035, "国务院办公厅关于2035年部分节假日安排的通知");
        WorkCalendar c = calendar.between(day, day);
        assertThat(c.isWorkingDay(day)).isFalse();
        assertThat(c.unpublishedYears(day, day)).isEmpty();

        calendar.unset(PLATFORM, day);
        assertThat(calendar.between(day, day).isWorkingDay(day)).isTrue();
    }
}
