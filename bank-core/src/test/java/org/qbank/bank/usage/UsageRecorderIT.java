package org.qbank.bank.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemTestData;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@StorageTest
@SpringBootTest(classes = BankCoreTestApplication.class)
class UsageRecorderIT {

    private static final Instant MARCH = Instant.parse("2026-03-02T01:30:00Z");

    @Autowired
    UsageRecorder usage;
    @Autowired
    ItemService items;
    @Autowired
    ItemTestData data;
    @Autowired
    TransactionTemplate tx;

    long institution;
    Actor writer;
    ItemView a;
    ItemView b;
    long paper;

    @BeforeEach
    void twoItems() {
        institution = data.institution();
        Occupation occupation = data.occupation();
        writer = ItemTestData.actor(institution, Role.ITEM_WRITER);
        a = items.create(writer, data.single(institution, occupation, "甲"));
        b = items.create(writer, data.single(institution, occupation, "乙"));
        paper = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
    }

    @Test
    void anIssueCountsThePaperAndSessionOfEveryItemAndVersion() {
        issue(paper, a, b);
        issue(paper + 1, a);
        assertThat(usage.ofItem(institution, a.id())).isEqualTo(new UsageCounts(2, 2, 0, MARCH));
        assertThat(usage.ofItem(institution, b.id())).isEqualTo(new UsageCounts(1, 1, 0, MARCH));
        assertThat(usage.ofVersion(institution, a.latest().id())).isEqualTo(new UsageCounts(2, 2, 0, MARCH));
    }

    @Test
    void candidatesAreAddedOnceWhenThePaperHasBeenSat() {
        issue(paper, a, b);
        tx.executeWithoutResult(s -> usage.recordSat(institution, paper, 28));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> usage.recordSat(institution, paper, 28)))
                .isInstanceOf(ConflictException.class);
        assertThat(usage.ofItem(institution, a.id()).candidates()).isEqualTo(28);
        assertThat(usage.ofVersion(institution, b.latest().id()).candidates()).isEqualTo(28);
    }

    @Test
    void aPaperIsIssuedOnlyOnce() {
        issue(paper, a);
        assertThatThrownBy(() -> issue(paper, b)).isInstanceOf(ConflictException.class).hasMessageContaining("不得重复使用");
        assertThat(usage.ofItem(institution, b.id()).sessions()).isZero();
    }

    @Test
    void anotherInstitutionsItemRollsTheWholeIssueBack() {
        long other = data.institution();
        Actor otherWriter = ItemTestData.actor(other, Role.ITEM_WRITER);
        ItemView foreign = items.create(otherWriter, data.single(other, data.occupation(), "外机构"));
        assertThatThrownBy(() -> issue(paper, a, foreign)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("不属于本机构");
        assertThat(usage.ofItem(institution, a.id()).sessions()).isZero();
    }

    @Test
    void recordingNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> usage.recordIssue(new IssueRecord(institution, paper, 1, List.of(), MARCH)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private void issue(long paperId, ItemView... its) {
        List<ItemVersionRef> refs = java.util.Arrays.stream(its).map(i -> new ItemVersionRef(i.id(), i.latest().id())).toList();
        tx.executeWithoutResult(s -> usage.recordIssue(new IssueRecord(institution, paperId, 900, refs, MARCH)));
    }
}
