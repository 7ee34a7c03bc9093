package org.qbank.bank.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@StorageTest
@SpringBootTest(classes = {BankCoreTestApplication.class, SearchItBeans.class})
class IndexSyncIT {

    private static final AtomicLong NEXT = new AtomicLong(9_200_000);

    @Autowired
    InMemorySearchSource items;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ItemSearch search;
    @Autowired
    IndexSync sync;
    @Autowired
    SearchAdmin admin;

    long institution;
    long itemId;
    Actor actor;

    @BeforeEach
    void institution() {
        institution = NEXT.incrementAndGet();
        itemId = institution * 10;
        actor = new Actor(7, "writer", Set.of(Role.ITEM_WRITER, Role.INSTITUTION_ADMIN), Set.of(institution));
    }

    /** What the item service does: write the item and its audit entry in one transaction, then announce it. */
    private void saveItem(SearchDocument d, boolean announce) {
        items.save(d);
        audit.record(AuditEvent.of(d.institutionId(), actor, "ITEM_EDITED", AuditItemFeed.ENTITY_TYPE, d.itemId()));
        if (announce) {
            events.publishEvent(new ItemChanged(d.institutionId(), d.itemId()));
        }
    }

    private long hits(String text) {
        return search.search(actor, SearchQuery.text(text)).total();
    }

    @Test
    void anItemBecomesSearchableWhenItsTransactionCommitsAndNotBefore() {
        tx.executeWithoutResult(s -> {
            saveItem(Items.judge(itemId, institution, "接地电阻测量应使用接地电阻测试仪。", "√"), true);
            assertThat(hits("接地电阻测试仪")).isZero();
        });
        assertThat(hits("接地电阻测试仪")).isEqualTo(1);
    }

    @Test
    void aRolledBackChangeIsNeverSearchableNotEvenAfterCatchingUp() {
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            saveItem(Items.judge(itemId, institution, "兆欧表测量前应先进行开路和短路试验。", "√"), true);
            throw new IllegalStateException("保存失败");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(hits("兆欧表")).isZero();
        sync.catchUp();
        assertThat(hits("兆欧表")).isZero();
    }

    @Test
    void aChangeMadeByAnotherProcessIsCaughtUpFromTheAuditLog() {
        tx.executeWithoutResult(s -> saveItem(Items.judge(itemId, institution, "漏电保护器应定期按试验按钮检查。", "√"), false));
        assertThat(hits("漏电保护器")).isZero();
        assertThat(admin.catchUp(actor)).isGreaterThanOrEqualTo(1);
        assertThat(hits("漏电保护器")).isEqualTo(1);
        assertThat(sync.catchUp()).as("the watermark moved on").isZero();
    }

    @Test
    void aRemovedItemLeavesTheIndexAndAnEditReplacesTheOldText() {
        tx.executeWithoutResult(s -> saveItem(Items.judge(itemId, institution, "电缆沟内应保持干燥。", "√"), true));
        tx.executeWithoutResult(s -> saveItem(Items.judge(itemId, institution, "电缆隧道内应设置通风设施。", "√"), true));
        assertThat(hits("电缆沟")).isZero();
        assertThat(hits("电缆隧道")).isEqualTo(1);
        tx.executeWithoutResult(s -> {
            items.remove(itemId);
            audit.record(AuditEvent.of(institution, actor, "ITEM_RETIRED", AuditItemFeed.ENTITY_TYPE, itemId));
            events.publishEvent(new ItemChanged(institution, itemId));
        });
        assertThat(hits("电缆隧道")).isZero();
    }

    @Test
    void anAdminReindexOfOneInstitutionReadsItsItemsAgain() {
        items.save(Items.judge(itemId, institution, "绝缘手套使用前应进行充气检查。", "√"));
        assertThat(hits("绝缘手套")).isZero();
        assertThat(admin.reindex(actor, institution)).isEqualTo(1);
        assertThat(hits("绝缘手套")).isEqualTo(1);
        Actor stranger = new Actor(8, "x", Set.of(Role.INSTITUTION_ADMIN), Set.of(institution + 1));
        assertThatThrownBy(() -> admin.reindex(stranger, institution))
                .isInstanceOf(org.qbank.bank.common.NotFoundException.class);
    }
}
