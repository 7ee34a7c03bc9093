package org.qbank.bank.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.audit.AuditRecord;
import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.ReviewDecision;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@StorageTest
@SpringBootTest(classes = BankCoreTestApplication.class)
class ReviewRoundServiceIT {

    @Autowired
    ReviewRoundService review;
    @Autowired
    ReviewRoundQueries queries;
    @Autowired
    ReviewSheetService sheets;
    @Autowired
    ImportedReviews imported;
    @Autowired
    ReviewFixtures fx;
    @Autowired
    ItemService items;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    long institution;
    Occupation occupation;
    Actor admin;
    Actor writer;
    Actor leader;
    Actor second;
    Actor third;
    ItemView a;
    ItemView b;

    @BeforeEach
    void panelAndItems() {
        institution = fx.institution();
        occupation = fx.occupation();
        admin = ReviewFixtures.admin(institution);
        writer = ReviewFixtures.writer(institution);
        leader = fx.expert(institution, "张组长", Level.ONE, "高级工程师");
        second = fx.expert(institution, "李专家", Level.TWO, null);
        third = fx.expert(institution, "王专家", Level.THREE, null);
        a = fx.submitted(writer, institution, occupation, Level.THREE, Subject.THEORY, "题一");
        b = fx.submitted(writer, institution, occupation, Level.THREE, Subject.THEORY, "题二");
    }

    @Test
    void openingPinsTheVersionsAndWarnsAboutAnExpertBelowTheExpectedLevel() {
        RoundView round = open(List.of(a, b), ReviewFixtures.ids(leader, second, third));
        assertThat(round.state()).isEqualTo(RoundState.OPEN);
        assertThat(round.levels()).containsExactly(Level.THREE);
        assertThat(round.panel()).extracting(PanelMemberView::name).containsExactly("张组长", "李专家", "王专家");
        assertThat(round.panel().get(0).leader()).isTrue();
        assertThat(round.panel().get(2).expertLevel()).isEqualTo(Level.THREE);
        assertThat(round.warnings()).containsExactly("王专家: 专家本人等级为 三级/高级工, 低于评审 三级/高级工 试题所需的 二级/技师及以上");
        assertThat(round.itemCounts()).containsEntry(RoundItemState.PENDING, 2L);
        assertThat(queries.items(second, round.id())).extracting(d -> d.item().versionId())
                .containsExactlyInAnyOrder(a.latest().id(), b.latest().id());
        assertThat(lastAudit().action()).isEqualTo("REVIEW_ROUND_OPENED");
        assertThat(lastAudit().entityType()).isEqualTo("review_round");
    }

    @Test
    void aPanelOfTwoOrSixIsRefusedAndNothingIsStored() {
        long before = auditSeq();
        Actor fourth = fx.expert(institution, "赵专家", Level.ONE, null);
        Actor fifth = fx.expert(institution, "钱专家", Level.ONE, null);
        Actor sixth = fx.expert(institution, "孙专家", Level.ONE, null);
        long afterAccounts = auditSeq();
        assertThatThrownBy(() -> open(List.of(a), ReviewFixtures.ids(leader, second)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("评审专家组须由 3 至 5 名专家组成, 当前为 2 名");
        assertThatThrownBy(() -> open(List.of(a), ReviewFixtures.ids(leader, second, third, fourth, fifth, sixth)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("当前为 6 名");
        assertThat(queries.list(admin, institution)).isEmpty();
        assertThat(auditSeq()).isEqualTo(afterAccounts).isGreaterThan(before);
        assertThat(items.get(writer, a.id()).latest().status()).isEqualTo(ItemStatus.SUBMITTED);
    }

    @Test
    void anAuthorOnThePanelIsRefusedNamingTheExpertAndTheItem() {
        Actor writingExpert = fx.expert(institution, "周专家", Level.ONE, null, Role.ITEM_WRITER);
        ItemView own = fx.submitted(writingExpert, institution, occupation, Level.THREE, Subject.THEORY, "自己写的题");
        long before = auditSeq();
        assertThatThrownBy(() -> open(List.of(a, own), ReviewFixtures.ids(leader, second, writingExpert)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo("panelUserIds");
                            assertThat(v.message()).isEqualTo("专家 周专家 是试题 " + own.code().value()
                                    + " v1 的命题人, 不能评审自己编写的试题 (回避)");
                        }));
        assertThat(queries.list(admin, institution)).isEmpty();
        assertThat(auditSeq()).isEqualTo(before);
    }

    @Test
    void aVoteByANonMemberIsRefusedAndNothingChanges() {
        RoundView round = open(List.of(a), ReviewFixtures.ids(leader, second, third));
        Actor outsider = fx.expert(institution, "吴专家", Level.ONE, null);
        long before = auditSeq();
        assertThatThrownBy(() -> review.submitVerdict(outsider, verdict(round, a, Verdict.PASS)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("你不是本轮评审专家组成员, 不能提交评审意见");
        assertThatThrownBy(() -> queries.items(outsider, round.id())).isInstanceOf(AccessDeniedException.class);
        vote(round, a, leader, Verdict.PASS);
        assertThat(queries.verdicts(leader, round.id(), a.id())).extracting(VerdictView::expertName).containsExactly("张组长");
        assertThat(auditSeq()).isEqualTo(before + 1);
    }

    @Test
    void anExpertSeesTheOthersVerdictsOnlyAfterSubmittingTheirOwn() {
        RoundView round = open(List.of(a), ReviewFixtures.ids(leader, second, third));
        review.submitVerdict(leader, new SubmitVerdict(round.id(), a.id(), Verdict.PASS_AFTER_REVISION,
                Set.of(ReviewReason.WORDING), "选项表述不清"));
        assertThatThrownBy(() -> queries.verdicts(second, round.id(), a.id()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("请先提交你对试题");
        assertThat(queries.items(second, round.id()).get(0).myVerdict()).isNull();
        vote(round, a, second, Verdict.PASS);
        List<VerdictView> seen = queries.verdicts(second, round.id(), a.id());
        assertThat(seen).extracting(VerdictView::verdict).containsExactly(Verdict.PASS_AFTER_REVISION, Verdict.PASS);
        assertThat(seen.get(0).reasons()).containsExactly(ReviewReason.WORDING);
        assertThat(seen.get(0).comment()).isEqualTo("选项表述不清");
        assertThatThrownBy(() -> vote(round, a, second, Verdict.FAIL)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aConclusionByANonLeaderIsRefusedAndTheItemStaysSubmitted() {
        RoundView round = open(List.of(a), ReviewFixtures.ids(leader, second, third));
        voteAll(round, a, Verdict.PASS, Verdict.PASS, Verdict.PASS);
        long before = auditSeq();
        assertThatThrownBy(() -> review.conclude(second, new ConcludeItem(round.id(), a.id(), null, null)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("只有评审专家组组长可以形成试题结论");
        assertThatThrownBy(() -> review.conclude(admin, new ConcludeItem(round.id(), a.id(), null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(items.get(writer, a.id()).latest().status()).isEqualTo(ItemStatus.SUBMITTED);
        assertThat(queries.get(admin, round.id()).itemCounts()).containsEntry(RoundItemState.PENDING, 1L);
        assertThat(auditSeq()).isEqualTo(before);
    }

    @Test
    void aTieIsBrokenOnlyByTheLeadersChoiceWithANote() {
        Actor fourth = fx.expert(institution, "赵专家", Level.ONE, null);
        RoundView round = open(List.of(a), ReviewFixtures.ids(leader, second, third, fourth));
        voteAll(round, a, Verdict.PASS, Verdict.PASS, Verdict.FAIL);
        assertThatThrownBy(() -> review.conclude(leader, new ConcludeItem(round.id(), a.id(), null, null)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("3/4 名专家");
        vote(round, a, fourth, Verdict.FAIL);
        assertThatThrownBy(() -> review.conclude(leader, new ConcludeItem(round.id(), a.id(), null, null)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("票数相同 (通过 / 不通过)");
        assertThatThrownBy(() -> review.conclude(leader, new ConcludeItem(round.id(), a.id(), Verdict.FAIL, " ")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("须写明理由");
        RoundItemView done = review.conclude(leader, new ConcludeItem(round.id(), a.id(), Verdict.FAIL, "答案不唯一"));
        assertThat(done.conclusion()).isEqualTo(Verdict.FAIL);
        assertThat(items.get(writer, a.id()).latest().status()).isEqualTo(ItemStatus.REJECTED);
    }

    @Test
    void signingALevelWithAnUndecidedItemIsRefusedAndASecondSignOffToo() {
        RoundView round = open(List.of(a, b), ReviewFixtures.ids(leader, second, third));
        voteAll(round, a, Verdict.PASS, Verdict.PASS, Verdict.FAIL);
        review.conclude(leader, new ConcludeItem(round.id(), a.id(), null, null));
        long before = auditSeq();
        assertThatThrownBy(() -> review.sign(leader, new SignLevel(round.id(), Level.THREE, "同意")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("level");
                    assertThat(e.getMessage()).contains("三级/高级工 还有 1 道试题未形成最终结论", b.code().value());
                });
        assertThat(queries.get(admin, round.id()).signOffs()).isEmpty();
        assertThat(auditSeq()).isEqualTo(before);

        voteAll(round, b, Verdict.PASS, Verdict.PASS, Verdict.PASS);
        review.conclude(leader, new ConcludeItem(round.id(), b.id(), null, null));
        assertThatThrownBy(() -> review.sign(second, new SignLevel(round.id(), Level.THREE, "同意")))
                .isInstanceOf(AccessDeniedException.class);
        SignOffView signed = review.sign(leader, new SignLevel(round.id(), Level.THREE, "试题符合标准, 同意入库"));
        long afterFirst = auditSeq();
        assertThatThrownBy(() -> review.sign(leader, new SignLevel(round.id(), Level.THREE, "再签一次")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已由 张组长 签署");
        assertThat(queries.get(admin, round.id()).signOffs()).containsExactly(signed);
        assertThat(auditSeq()).isEqualTo(afterFirst);
    }

    @Test
    void theSheetVerifiesUntilACoveredVersionIsSupersededOrItsHashChanges() {
        RoundView round = open(List.of(a, b), ReviewFixtures.ids(leader, second, third));
        voteAll(round, a, Verdict.PASS, Verdict.PASS, Verdict.PASS);
        voteAll(round, b, Verdict.PASS, Verdict.PASS, Verdict.PASS);
        review.conclude(leader, new ConcludeItem(round.id(), a.id(), null, null));
        review.conclude(leader, new ConcludeItem(round.id(), b.id(), null, null));
        SignOffView s = review.sign(leader, new SignLevel(round.id(), Level.THREE, "同意"));
        assertThat(s.digest()).isEqualTo(ReviewDigest.of(round.id(), Level.THREE, List.of(
                new CoveredVersion(a.id(), a.code().value(), a.latest().id(), 1, a.latest().contentHash(), ItemStatus.APPROVED),
                new CoveredVersion(b.id(), b.code().value(), b.latest().id(), 1, b.latest().contentHash(), ItemStatus.APPROVED))));
        assertThat(sheets.verify(admin, round.id()).valid()).isTrue();

        ItemView revisedA = fx.revise(writer, a.id(), "题一 (新)");
        items.approve(admin, new ReviewDecision(a.id(), revisedA.latest().number(), "另行审定"));
        SheetVerification afterSupersede = sheets.verify(admin, round.id());
        assertThat(afterSupersede.valid()).isFalse();
        assertThat(afterSupersede.problems()).extracting(SheetVerification.Problem::message)
                .containsExactly("试题 " + a.code().value() + " v1 当前为 停用, 签署时为 已审定");

        jdbc.sql("UPDATE item_version SET content_hash = ? WHERE id = ?").params("0".repeat(64), b.latest().id()).update();
        assertThat(sheets.verify(admin, round.id()).problems()).extracting(SheetVerification.Problem::message)
                .contains("试题 " + b.code().value() + " v1 的内容摘要与签署时不符");
    }

    @Test
    void aRetiredItemBreaksTheSheet() {
        RoundView round = open(List.of(a), ReviewFixtures.ids(leader, second, third));
        voteAll(round, a, Verdict.FAIL, Verdict.FAIL, Verdict.PASS);
        review.conclude(leader, new ConcludeItem(round.id(), a.id(), null, null));
        review.sign(leader, new SignLevel(round.id(), Level.THREE, "不通过的试题不得入库"));
        assertThat(sheets.verify(admin, round.id()).valid()).isTrue();
        items.retire(admin, a.id(), "停用");
        assertThat(sheets.verify(admin, round.id()).problems()).extracting(SheetVerification.Problem::message)
                .containsExactly("试题 " + a.code().value() + " 已停用");
    }

    @Test
    void anItemMovedToALaterRoundIsNotCoveredAndItsRevisionCannotBeConfirmedAfterwards() {
        RoundView round = open(List.of(a, b), ReviewFixtures.ids(leader, second, third));
        voteAll(round, a, Verdict.PASS_AFTER_REVISION, Verdict.PASS_AFTER_REVISION, Verdict.PASS);
        voteAll(round, b, Verdict.PASS, Verdict.PASS, Verdict.PASS);
        review.conclude(leader, new ConcludeItem(round.id(), a.id(), null, null));
        review.conclude(leader, new ConcludeItem(round.id(), b.id(), null, null));
        assertThat(items.get(writer, a.id()).latest().status()).isEqualTo(ItemStatus.REVISE);
        assertThatThrownBy(() -> review.confirmRevision(leader, round.id(), a.id()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("须由命题人提交后才能确认");
        review.moveToLaterRound(leader, round.id(), a.id(), "修改稿下轮再审");
        SignOffView s = review.sign(leader, new SignLevel(round.id(), Level.THREE, "同意"));
        assertThat(s.digest()).isEqualTo(ReviewDigest.of(round.id(), Level.THREE, List.of(new CoveredVersion(b.id(),
                b.code().value(), b.latest().id(), 1, b.latest().contentHash(), ItemStatus.APPROVED))));
        fx.revise(writer, a.id(), "题一 修改稿");
        assertThatThrownBy(() -> review.confirmRevision(leader, round.id(), a.id())).isInstanceOf(ConflictException.class);
        RoundView closed = review.close(leader, round.id(), "同意三级试题入库");
        assertThat(closed.state()).isEqualTo(RoundState.CLOSED);
        assertThat(sheets.sheet(admin, round.id()).theoryCount()).isEqualTo(1);
    }

    @Test
    void aPaperReviewIsRecordedAsAnImportedClosedRoundThatVerifies() {
        ItemView approvedA = items.approve(admin, new ReviewDecision(a.id(), 1, null));
        RoundView round = imported.record(admin, new ImportedRound(institution, occupation.getId(), null, null,
                List.of("赵一", "钱二", "孙三"), LocalDate.of(2025, 6, 30), List.of(approvedA.current().id())));
        assertThat(round.imported()).isTrue();
        assertThat(round.state()).isEqualTo(RoundState.CLOSED);
        assertThat(round.reviewDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(round.panel()).extracting(PanelMemberView::name).containsExactly("赵一", "钱二", "孙三");
        assertThat(round.signOffs()).singleElement().satisfies(s -> assertThat(s.signerName()).isEqualTo("赵一"));
        assertThat(sheets.verify(admin, round.id()).valid()).isTrue();
        assertThat(sheets.sheet(admin, round.id()).date()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(lastAudit().action()).isEqualTo("REVIEW_ROUND_IMPORTED");
        assertThat(imported.notYetReviewed(admin, institution, List.of(approvedA.current().id(), b.latest().id())))
                .containsExactly(b.latest().id());
        assertThatThrownBy(() -> imported.record(admin, new ImportedRound(institution, occupation.getId(), null, null,
                List.of("赵一", "钱二"), LocalDate.of(2025, 6, 30), List.of(b.latest().id()))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("审定专家须为 3 至 5 名")
                .hasMessageContaining("只能评审已审定的版本");
    }

    private RoundView open(List<ItemView> versions, List<Long> panel) {
        return review.open(admin, new OpenRound(institution, occupation.getId(), null, Set.of(Level.THREE),
                Set.of(Subject.THEORY), "本机构会议室", versions.stream().map(v -> v.latest().id()).toList(), panel,
                panel.get(0)));
    }

    private static SubmitVerdict verdict(RoundView round, ItemView item, Verdict v) {
        return new SubmitVerdict(round.id(), item.id(), v, Set.of(), null);
    }

    private void vote(RoundView round, ItemView item, Actor expert, Verdict v) {
        review.submitVerdict(expert, verdict(round, item, v));
    }

    private void voteAll(RoundView round, ItemView item, Verdict byLeader, Verdict bySecond, Verdict byThird) {
        vote(round, item, leader, byLeader);
        vote(round, item, second, bySecond);
        vote(round, item, third, byThird);
    }

    private long auditSeq() {
        return audit.checkpoint(admin, institution).seq();
    }

    private AuditRecord lastAudit() {
        return audit.recent(admin, institution, 1).get(0);
    }
}
