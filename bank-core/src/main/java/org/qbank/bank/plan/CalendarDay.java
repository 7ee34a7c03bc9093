package org.qbank.bank.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One listed day of the working calendar: a public holiday or a make-up working day. */
@Entity
@Table(name = "work_calendar_day")
class CalendarDay {

    @Id
    @Column(name = "cal_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkCalendar.DayKind kind;

    @Column(nullable = false)
    private String name;

    protected CalendarDay() {
    }

    CalendarDay(LocalDate date, WorkCalendar.DayKind kind, String name) {
        this.date = date;
        this.kind = kind;
        this.name = name;
    }

    void change(WorkCalendar.DayKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    LocalDate getDate() {
        return date;
    }

    WorkCalendar.DayKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }
}
