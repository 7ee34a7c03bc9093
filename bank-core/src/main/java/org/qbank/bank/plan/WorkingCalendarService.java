package org.qbank.bank.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editable working-day calendar (public holidays and make-up working days) and the deadline count on it.
 * Only PLATFORM_ADMIN edits it; edits are audited on the platform chain (institution 0).
 */
@Service
public class WorkingCalendarService {

    private static final long PLATFORM = 0L;

    private final CalendarDays days;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    WorkingCalendarService(CalendarDays days, JdbcClient jdbc, AuditLog audit) {
        this.days = days;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The calendar from {@code from} to {@code to}, both inclusive. */
    @Transactional(readOnly = true)
    public WorkCalendar between(LocalDate from, LocalDate to) {
        Map<LocalDate, WorkCalendar.DayKind> entries = new HashMap<>();
        days.findByDateBetweenOrderByDate(from, to).forEach(d -> entries.put(d.getDate(), d.getKind()));
        List<Integer> years = jdbc.sql("SELECT cal_year FROM work_calendar_year").query(Integer.class).list();
        return new WorkCalendar(entries, new HashSet<>(years));
    }

    /** The DOMAIN §8 deadline: {@code required} working days strictly between filing and the first session. */
    @Transactional(readOnly = true)
    public DeadlineCheck deadline(LocalDate filedOn, LocalDate firstSessionOn, int required) {
        return DeadlineCheck.of(between(filedOn, firstSessionOn), filedOn, firstSessionOn, required);
    }

    @Transactional(readOnly = true)
    public List<CalendarEntry> entries(int year) {
        return days.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(d -> new CalendarEntry(d.getDate(), d.getKind(), d.getName())).toList();
    }

    /** Lists (or changes) a holiday or make-up working day. */
    @Transactional
    public void set(Actor actor, CalendarEntry entry) {
        actor.requireRole("维护工作日历", Role.PLATFORM_ADMIN);
        if (entry.date() == null || entry.kind() == null || entry.name() == null || entry.name().isBlank()) {
            throw RuleViolationException.of("calendar", "日期、类型和名称均不能为空");
        }
        days.findById(entry.date()).ifPresentOrElse(d -> d.change(entry.kind(), entry.name().strip()),
                () -> days.save(new CalendarDay(entry.date(), entry.kind(), entry.name().strip())));
        audit.record(AuditEvent.of(PLATFORM, actor, "CALENDAR_DAY_SET", "work_calendar", entry.date())
                .withDetail(entry.kind().displayName() + " " + entry.name()));
    }

    /** Makes a listed day ordinary again (a weekday works, a weekend rests). */
    @Transactional
    public void unset(Actor actor, LocalDate date) {
        actor.requireRole("维护工作日历", Role.PLATFORM_ADMIN);
        days.findById(date).ifPresent(d -> {
            days.delete(d);
            audit.record(AuditEvent.of(PLATFORM, actor, "CALENDAR_DAY_UNSET", "work_calendar", date)
                    .withDetail(d.getKind().displayName() + " " + d.getName()));
        });
    }

    /** Marks a year's holiday schedule as entered, naming the official notice. */
    @Transactional
    public void publishYear(Actor actor, int year, String source) {
        actor.requireRole("维护工作日历", Role.PLATFORM_ADMIN);
        if (source == null || source.isBlank()) {
            throw RuleViolationException.of("source", "须注明放假安排的出处 (如国务院办公厅通知)");
        }
        jdbc.sql("DELETE FROM work_calendar_year WHERE cal_year = ?").param(year).update();
        jdbc.sql("INSERT INTO work_calendar_year (cal_year, source) VALUES (?, ?)").params(year, source.strip()).update();
        audit.record(AuditEvent.of(PLATFORM, actor, "CALENDAR_YEAR_PUBLISHED", "work_calendar", year).withDetail(source));
    }
}
