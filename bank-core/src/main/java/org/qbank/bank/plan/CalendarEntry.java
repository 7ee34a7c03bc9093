package org.qbank.bank.plan;

import java.time.LocalDate;

/** A listed calendar day as callers read and write it. */
public record CalendarEntry(LocalDate date, WorkCalendar.DayKind kind, String name) {
}
