package org.qbank.assembly.skill;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class SkillConstraintsTest {

    private static final Set<String> ELECTIVES = Set.of("2", "3");
    private static final EarlierSkillPaper RECENT = new EarlierSkillPaper(0, "试卷 7", 3, 3, 1, true);
    private static final EarlierSkillPaper OLD = new EarlierSkillPaper(1, "试卷 3", 3, 3, Integer.MAX_VALUE, false);

    private final ConstraintVerifier<SkillConstraints, SkillSolution> verifier =
            ConstraintVerifier.build(new SkillConstraints(), SkillSolution.class, SkillSlot.class);

    private long nextSlot = 1;

    private static Task task(long id, String module, int minutes) {
        return new Task(id, "S" + id, id * 10, module, minutes, 0, 0, true);
    }

    private SkillSlot required(String module, Task task) {
        return new SkillSlot(nextSlot++, false, Set.of(module), List.of(task), task);
    }

    private SkillSlot elective(Task task) {
        return new SkillSlot(nextSlot++, true, ELECTIVES, List.of(task), task);
    }

    @Test
    void aTaskOfAnotherModuleDoesNotFitItsSlot() {
        verifier.verifyThat(SkillConstraints::moduleFit)
                .given(required("1", task(1, "2", 30)), elective(task(2, "1", 30)), elective(task(3, "3", 30)))
                .penalizesBy(2);
    }

    @Test
    void anUnapprovedVersionIsPenalised() {
        Task draft = new Task(1, "S1", 10, "1", 30, 0, 0, false);
        verifier.verifyThat(SkillConstraints::approvedOnly)
                .given(required("1", draft), required("4", task(2, "4", 20)))
                .penalizesBy(1);
    }

    @Test
    void twoElectiveSlotsFromOneModuleArePenalisedOncePerPair() {
        verifier.verifyThat(SkillConstraints::electiveModulesDistinct)
                .given(elective(task(1, "2", 30)), elective(task(2, "2", 30)), elective(task(3, "2", 30)),
                        elective(task(4, "3", 30)), required("2", task(5, "2", 30)))
                .penalizesBy(3);
    }

    @Test
    void twoTasksOfOneEnemyGroupArePenalisedOncePerPair() {
        Task a = new Task(1, "S1", 10, "1", 20, 0, 0, true, "焊接-G1");
        Task b = new Task(2, "S2", 20, "2", 60, 0, 0, true, "焊接-G1");
        Task c = new Task(3, "S3", 30, "4", 20, 0, 0, true, "焊接-G1");
        Task other = new Task(4, "S4", 40, "3", 60, 0, 0, true, "焊接-G2");
        Task none = task(5, "5", 60);
        verifier.verifyThat(SkillConstraints::enemiesApart)
                .given(required("1", a), elective(b), required("4", c), elective(other), elective(none))
                .penalizesBy(3);
        verifier.verifyThat(SkillConstraints::enemiesApart)
                .given(required("1", a), elective(other), elective(none), required("4", task(6, "4", 20)))
                .penalizesBy(0);
    }

    @Test
    void tasksSharingAnyOfTheirGroupsArePenalisedOncePerPair() {
        // a: its own group G1 and a pair marked 互斥题 with b; c shares G1 and the marked pair with a
        Task a = new Task(1, "S1", 10, "1", 20, 0, 0, true, List.of("G1", "标记互斥题 S1、S2"));
        Task b = new Task(2, "S2", 20, "2", 60, 0, 0, true, List.of("标记互斥题 S1、S2"));
        Task c = new Task(3, "S3", 30, "4", 20, 0, 0, true, List.of("G1", "标记互斥题 S1、S2"));
        Task d = new Task(4, "S4", 40, "3", 60, 0, 0, true, List.of("G2"));
        verifier.verifyThat(SkillConstraints::enemiesApart)
                .given(required("1", a), elective(b), required("4", c), elective(d))
                .penalizesBy(3);
        verifier.verifyThat(SkillConstraints::enemiesApart)
                .given(required("1", a), elective(d), required("4", task(5, "4", 20)))
                .penalizesBy(0);
    }

    @Test
    void minutesBeyondTheSessionArePenalisedOneEach() {
        verifier.verifyThat(SkillConstraints::withinSessionTime)
                .given(required("1", task(1, "1", 20)), elective(task(2, "2", 60)), required("4", task(3, "4", 45)),
                        new SessionTime(120))
                .penalizesBy(5);
        verifier.verifyThat(SkillConstraints::withinSessionTime)
                .given(required("1", task(1, "1", 20)), elective(task(2, "2", 60)), new SessionTime(80))
                .penalizesBy(0);
    }

    @Test
    void sharingMoreThanAllowedWithARecentPaperIsPenalisedPerExtraTask() {
        Task a = task(1, "1", 20);
        Task b = task(2, "2", 60);
        Task c = task(3, "4", 20);
        verifier.verifyThat(SkillConstraints::earlierOverlap)
                .given(required("1", a), elective(b), required("4", c),
                        new TaskUse(1, RECENT), new TaskUse(2, RECENT), new TaskUse(3, RECENT),
                        new TaskUse(1, OLD), new TaskUse(2, OLD))
                .penalizesBy(2);
    }

    @Test
    void theSameTaskSetAsAnIssuedPaperIsPenalisedAtAnyAge() {
        Task a = task(1, "1", 20);
        Task b = task(2, "2", 60);
        Task c = task(3, "4", 20);
        EarlierSkillPaper bigger = new EarlierSkillPaper(2, "试卷 9", 4, 3, Integer.MAX_VALUE, false);
        verifier.verifyThat(SkillConstraints::notIdenticalToIssued)
                .given(required("1", a), elective(b), required("4", c),
                        new TaskUse(1, OLD), new TaskUse(2, OLD), new TaskUse(3, OLD),
                        new TaskUse(1, bigger), new TaskUse(2, bigger), new TaskUse(3, bigger),
                        new TaskUse(1, RECENT), new TaskUse(2, RECENT))
                .penalizesBy(1);
    }

    @Test
    void tasksIssuedToMoreSessionsCostMore() {
        verifier.verifyThat(SkillConstraints::leastUsed)
                .given(required("1", new Task(1, "S1", 10, "1", 20, 4, 0, true)),
                        elective(new Task(2, "S2", 20, "2", 60, 3, 0, true)), required("4", task(3, "4", 20)))
                .penalizesBy(7);
    }

    @Test
    void tasksOnRecentPapersCostOnePerPaper() {
        verifier.verifyThat(SkillConstraints::freshness)
                .given(required("1", new Task(1, "S1", 10, "1", 20, 0, 2, true)),
                        elective(new Task(2, "S2", 20, "2", 60, 0, 1, true)), required("4", task(3, "4", 20)))
                .penalizesBy(3);
    }
}
