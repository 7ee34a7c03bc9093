package org.qbank.bank.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditRecord;
import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.springframework.beans.factory.annotation.Autowired;

class BatchServiceIT extends PlanStorageBase {

    private static final Instant MORNING = Instant.parse("2026-03-10T01:00:00Z");

    @Autowired
    BatchService batches;

    @Test
    void aBatchWithSessionsIsStoredAndReadBack() {
        BatchView created = batches.create(admin, new CreateBatch(institution, "2026-03", occupation, null,
                Set.of(Level.THREE, Level.FOUR), Set.of(Subject.THEORY, Subject.SKILL)));
        SessionView theory = batches.addSession(admin, new AddSession(created.id(),
                new SessionDetails("T1", MORNING.plusMillis(250), 90, "第一考场", 28, Level.THREE, Subject.THEORY)));
        batches.addSession(admin, new AddSession(created.id(),
                new SessionDetails("S1", MORNING.plusSeconds(4 * 3600), 120, "实训楼 201", 10, Level.THREE, Subject.SKILL)));

        BatchView read = batches.get(admin, created.id());
        assertThat(read.state()).isEqualTo(BatchState.DRAFT);
        assertThat(read.levels()).containsExactlyInAnyOrder(Level.THREE, Level.FOUR);
        assertThat(read.occupationCode()).isEqualTo(occupation);
        assertThat(read.sessions()).extracting(SessionView::code).containsExactly("T1", "S1");
        assertThat(read.sessions().get(0).startsAt()).isEqualTo(MORNING);

        SessionView one = batches.session(admin, theory.id());
        assertThat(one.batchCode()).isEqualTo("2026-03");
        assertThat(one.institutionId()).isEqualTo(institution);
        assertThat(one.level()).isEqualTo(Level.THREE);
        assertThat(one.subject()).isEqualTo(Subject.THEORY);
        assertThat(one.candidates()).isEqualTo(28);
        assertThat(batches.list(admin, institution)).extracting(BatchView::code).containsExactly("2026-03");
        assertThat(audit.history(admin, institution, "batch", String.valueOf(created.id())))
                .extracting(AuditRecord::action).containsExactly("BATCH_CREATED", "SESSION_ADDED", "SESSION_ADDED");
    }

    @Test
    void codesAreUniquePerInstitutionAndPerBatch() {
        BatchView b = batches.create(admin, new CreateBatch(institution, "B1", occupation, null, Set.of(Level.THREE),
                Set.of(Subject.THEORY)));
        assertThatThrownBy(() -> batches.create(admin, new CreateBatch(institution, "B1", occupation, null,
                Set.of(Level.FOUR), Set.of(Subject.THEORY)))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("批次编号 B1 已存在");
        long other = PlanFixtures.institution(institutions);
        assertThat(batches.create(PlanFixtures.admin(other), new CreateBatch(other, "B1", occupation, null,
                Set.of(Level.THREE), Set.of(Subject.THEORY))).code()).isEqualTo("B1");

        batches.addSession(admin, new AddSession(b.id(), theory("T1")));
        assertThatThrownBy(() -> batches.addSession(admin, new AddSession(b.id(), theory("T1"))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已有场次 T1");
        assertThat(batches.get(admin, b.id()).sessions()).hasSize(1);
    }

    @Test
    void aSessionMustExamineALevelAndSubjectOfItsBatch() {
        BatchView b = batches.create(admin, new CreateBatch(institution, "B2", occupation, null, Set.of(Level.THREE),
                Set.of(Subject.THEORY)));
        assertThatThrownBy(() -> batches.addSession(admin, new AddSession(b.id(),
                new SessionDetails("T2", MORNING, 90, "A", 20, Level.FOUR, Subject.THEORY))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("等级 四级 不在批次 B2 的等级之内");
        assertThatThrownBy(() -> batches.addSession(admin, new AddSession(b.id(),
                new SessionDetails("T2", MORNING, 90, "A", 20, Level.THREE, Subject.SKILL))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("科目 操作技能 不在批次 B2 的科目之内");
        assertThatThrownBy(() -> new SessionDetails(" ", MORNING, 0, "", 0, Level.THREE, Subject.THEORY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolationException.Violation::field)
                        .containsExactly("code", "durationMinutes", "room", "candidates"));
    }

    @Test
    void anUnknownOccupationIsRejected() {
        assertThatThrownBy(() -> batches.create(admin, new CreateBatch(institution, "B3", "7-77-77-77", null,
                Set.of(Level.THREE), Set.of(Subject.THEORY)))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("职业 7-77-77-77 未登记");
    }

    @Test
    void anotherInstitutionSeesNothingAndReadersCannotWrite() {
        BatchView b = batches.create(admin, new CreateBatch(institution, "B4", occupation, null, Set.of(Level.THREE),
                Set.of(Subject.THEORY)));
        SessionView s = batches.addSession(admin, new AddSession(b.id(), theory("T1")));
        long otherInstitution = PlanFixtures.institution(institutions);
        Actor stranger = PlanFixtures.admin(otherInstitution);
        assertThatThrownBy(() -> batches.get(stranger, b.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> batches.session(stranger, s.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> batches.addSession(stranger, new AddSession(b.id(), theory("T9"))))
                .isInstanceOf(NotFoundException.class);

        Actor writer = new Actor(22, "writer", Set.of(Role.ITEM_WRITER), Set.of(institution));
        assertThat(batches.get(writer, b.id()).code()).isEqualTo("B4");
        assertThatThrownBy(() -> batches.addSession(writer, new AddSession(b.id(), theory("T9"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(batches.get(admin, b.id()).sessions()).hasSize(1);
    }

    private static SessionDetails theory(String code) {
        return new SessionDetails(code, MORNING, 90, "第一考场", 20, Level.THREE, Subject.THEORY);
    }
}
