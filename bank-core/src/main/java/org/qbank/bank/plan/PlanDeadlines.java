package org.qbank.bank.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.config.BankCoreConfiguration;
import org.springframework.stereotype.Component;

/** The working-day deadline as of today for a batch, and for amendments that bring the first session forward. */
@Component
class PlanDeadlines {

    private final WorkingCalendarService calendar;
    private final PlanPolicy policy;
    private final Clock clock;

    PlanDeadlines(WorkingCalendarService calendar, PlanPolicy policy, Clock clock) {
        this.calendar = calendar;
        this.policy = policy;
        this.clock = clock;
    }

    DeadlineCheck asOfToday(Batch batch) {
        LocalDate first = batch.firstSessionDate(BankCoreConfiguration.ZONE).orElseThrow(() ->
                RuleViolationException.of("sessions", "批次 " + batch.getCode() + " 没有场次"));
        return calendar.deadline(today(), first, policy.deadlineWorkingDays());
    }

    /**
     * An amendment that moves the first session earlier is itself filed today: the new first session must still
     * lie the required working days ahead, unless late plans are accepted (the amendment carries its reason).
     */
    void checkEarlierStart(Batch batch, PlanSnapshot before, PlanSnapshot after) {
        Optional<LocalDate> was = first(before);
        Optional<LocalDate> now = first(after);
        if (now.isEmpty() || (was.isPresent() && !now.get().isBefore(was.get()))
                || policy.latePlans() == PlanPolicy.LatePolicy.ACCEPT_WITH_REASON) {
            return;
        }
        DeadlineCheck check = calendar.deadline(today(), now.get(), policy.deadlineWorkingDays());
        if (!check.onTime()) {
            throw RuleViolationException.of("deadline", "变更后首场考试提前至 " + now.get() + ": " + check.lateMessage());
        }
    }

    private static Optional<LocalDate> first(PlanSnapshot plan) {
        return plan.sessions().stream().map(SessionDetails::startsAt).min(Comparator.naturalOrder())
                .map(i -> LocalDate.ofInstant(i, BankCoreConfiguration.ZONE));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BankCoreConfiguration.ZONE);
    }
}
