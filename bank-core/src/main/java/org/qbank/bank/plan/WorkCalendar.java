package org.qbank.bank.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A stretch of the Chinese working-day calendar: weekends rest unless listed as make-up working days, listed
 * holidays rest, every other day works. Years not in {@code publishedYears} are counted by weekends alone.
 */
public record WorkCalendar(Map<LocalDate, DayKind> entries, Set<Integer> publishedYears) {

    /** What a listed day is. */
    public enum DayKind {
        HOLIDAY("放假"),
        WORKDAY("调休上班");

        private final String displayName;

        DayKind(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    public WorkCalendar {
        entries = Map.copyOf(entries);
        publishedYears = Set.copyOf(publishedYears);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = entries.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Working days strictly after {@code from} and strictly before {@code to} (0 when to ≤ from + 1). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** Years from {@code from} to {@code to} whose holidays are not entered: their count is weekends-only. */
    public Set<Integer> unpublishedYears(LocalDate from, LocalDate to) {
        Set<Integer> out = new TreeSet<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!publishedYears.contains(y)) {
                out.add(y);
            }
        }
        return out;
    }
}
