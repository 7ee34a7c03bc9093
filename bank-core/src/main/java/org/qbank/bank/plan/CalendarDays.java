package org.qbank.bank.plan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarDays extends JpaRepository<CalendarDay, LocalDate> {
    List<CalendarDay> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);
}
