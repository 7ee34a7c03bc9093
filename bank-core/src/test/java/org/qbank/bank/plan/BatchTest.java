package org.qbank.bank.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;

class BatchTest {

    private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");

    private final Batch batch = new Batch(1, "B1", 1, null, Set.of(Level.THREE), Set.of(Subject.THEORY), AT, "kaowu");

    @Test
    void aDraftIsEditedDirectlyButASubmittedPlanOnlyByAmendment() {
        batch.apply(new PlanEdit.AddSession(ExamPlanValidatorTest.theory("T1", 20, 90)), false);
        batch.apply(new PlanEdit.SetStaff(ExamPlanValidatorTest.proctors("T1", 2)), false);
        batch.submit(LocalDate.parse("2026-03-01"), false, null, AT);

        assertThatThrownBy(() -> batch.apply(new PlanEdit.SetEmergencyPlan("停电启用备用考场"), false))
                .isInstanceOf(ConflictException.class).hasMessageContaining("不能直接修改");
        batch.apply(new PlanEdit.SetEmergencyPlan("停电启用备用考场"), true);
        assertThat(batch.getEmergencyPlan()).isEqualTo("停电启用备用考场");
        assertThat(batch.getAmendmentCount()).isEqualTo(1);
    }

    @Test
    void statesMoveOnlyAlongTheLifecycle() {
        batch.apply(new PlanEdit.SetStaff(ExamPlanValidatorTest.proctors("T1", 2)), false);
        assertThatThrownBy(() -> batch.approve(null, AT)).isInstanceOf(ConflictException.class)
                .hasMessage("批次 B1 当前为草稿, 不能核准");
        assertThatThrownBy(batch::start).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> batch.complete(AT)).isInstanceOf(ConflictException.class);
        batch.submit(LocalDate.parse("2026-03-01"), false, null, AT);
        assertThatThrownBy(() -> batch.submit(LocalDate.parse("2026-03-01"), false, null, AT))
                .isInstanceOf(ConflictException.class).hasMessage("批次 B1 当前为已报送, 不能报送");
        assertThatThrownBy(batch::start).isInstanceOf(ConflictException.class);
        batch.approve("已核准", AT);
        batch.start();
        batch.complete(AT);
        assertThat(batch.getState()).isEqualTo(BatchState.COMPLETED);
        assertThatThrownBy(() -> batch.cancel("x", AT)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> batch.apply(new PlanEdit.SetEmergencyPlan("x"), true))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已完成, 不能再变更");
    }

    @Test
    void approvalNeedsASupervisor() {
        batch.apply(new PlanEdit.SetStaff(List.of(StaffMember.proctor("甲", "T1"))), false);
        batch.submit(LocalDate.parse("2026-03-01"), false, null, AT);
        assertThatThrownBy(() -> batch.approve(null, AT)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("没有督导员");
        assertThat(batch.getState()).isEqualTo(BatchState.SUBMITTED);
    }

    @Test
    void cancellingNeedsAReasonAndWorksFromAnyOpenState() {
        assertThatThrownBy(() -> batch.cancel(" ", AT)).isInstanceOf(RuleViolationException.class);
        batch.cancel("报名人数不足", AT);
        assertThat(batch.getState()).isEqualTo(BatchState.CANCELLED);
        assertThat(batch.filing().cancelReason()).isEqualTo("报名人数不足");
    }

    @Test
    void aSessionCodeCannotChangeNorRepeat() {
        batch.apply(new PlanEdit.AddSession(ExamPlanValidatorTest.theory("T1", 20, 90)), false);
        assertThatThrownBy(() -> batch.apply(new PlanEdit.AddSession(ExamPlanValidatorTest.theory("T1", 20, 90)), false))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> batch.apply(new PlanEdit.UpdateSession("T1",
                ExamPlanValidatorTest.theory("T2", 20, 90)), false)).isInstanceOf(RuleViolationException.class);
        batch.apply(new PlanEdit.UpdateSession("T1", ExamPlanValidatorTest.theory("T1", 25, 120)), false);
        assertThat(batch.snapshot().sessions()).singleElement().satisfies(s -> {
            assertThat(s.candidates()).isEqualTo(25);
            assertThat(s.durationMinutes()).isEqualTo(120);
        });
    }
}
