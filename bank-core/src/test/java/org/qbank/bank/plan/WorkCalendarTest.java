package org.qbank.bank.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qbank.bank.plan.WorkCalendar.DayKind;

class WorkCalendarTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void weekendsRestAndWeekdaysWorkWhenNothingIsListed() {
        WorkCalendar plain = new WorkCalendar(Map.of(), Set.of());
        // Mon 2026-03-02 .. Mon 2026-03-09: strictly between are Tue–Fri (4) and the weekend
        assertThat(plain.workingDaysBetween(d("2026-03-02"), d("2026-03-09"))).isEqualTo(4);
        assertThat(plain.workingDaysBetween(d("2026-03-02"), d("2026-03-03"))).isZero();
        assertThat(plain.workingDaysBetween(d("2026-03-09"), d("2026-03-02"))).isZero();
        assertThat(plain.unpublishedYears(d("2026-12-30"), d("2027-01-05"))).containsExactly(2026, 2027);
    }

    @Test
    void holidaysRestAndMakeUpDaysWork() {
        WorkCalendar c = new WorkCalendar(Map.of(d("2026-05-01"), DayKind.HOLIDAY, d("2026-05-04"), DayKind.HOLIDAY,
                d("2026-05-05"), DayKind.HOLIDAY, d("2026-05-09"), DayKind.WORKDAY), Set.of(2026));
        assertThat(c.isWorkingDay(d("2026-05-04"))).isFalse(); // a Monday off
        assertThat(c.isWorkingDay(d("2026-05-09"))).isTrue(); // a Saturday on
        // Thu 04-30 .. Mon 05-11: 05-06, 05-07, 05-08 and Saturday 05-09
        assertThat(c.workingDaysBetween(d("2026-04-30"), d("2026-05-11"))).isEqualTo(4);
        assertThat(c.unpublishedYears(d("2026-04-30"), d("2026-05-11"))).isEmpty();
    }

    @Test
    void theDeadlineNeedsFiveWorkingDaysStrictlyBetween() {
        WorkCalendar plain = new WorkCalendar(Map.of(), Set.of(2026));
        // Mon 03-02 filed, Tue 03-10 first session: 03-03..03-06 and 03-09 = 5
        DeadlineCheck onTime = DeadlineCheck.of(plain, d("2026-03-02"), d("2026-03-10"), 5);
        assertThat(onTime.workingDaysBetween()).isEqualTo(5);
        assertThat(onTime.onTime()).isTrue();
        DeadlineCheck late = DeadlineCheck.of(plain, d("2026-03-03"), d("2026-03-10"), 5);
        assertThat(late.onTime()).isFalse();
        assertThat(late.lateMessage()).isEqualTo("报送过迟: 报送日 2026-03-03 与首场考试日 2026-03-10 之间只有 4 个工作日, 应至少 5 个");
    }
}
