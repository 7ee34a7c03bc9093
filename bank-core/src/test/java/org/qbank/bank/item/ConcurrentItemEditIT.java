package org.qbank.bank.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.audit.AuditRecord;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@StorageTest
@SpringBootTest(classes = BankCoreTestApplication.class)
class ConcurrentItemEditIT {

    @Autowired
    ItemService items;
    @Autowired
    ItemTestData data;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    AuditLog audit;

    @Test
    void twoEditorsOfOneVersionGetExactlyOneConflictAndNothingIsLost() throws Exception {
        long institution = data.institution();
        Occupation occupation = data.occupation();
        Actor first = ItemTestData.actor(institution, Role.ITEM_WRITER);
        Actor second = ItemTestData.actor(institution, Role.ITEM_WRITER);
        ItemView item = items.create(first, data.single(institution, occupation, "原题干"));

        // Both editors read the item inside their transactions, then write at the same moment.
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (Actor editor : List.of(first, second)) {
            results.add(pool.submit(() -> {
                try {
                    tx.executeWithoutResult(s -> {
                        long seen = items.get(editor, item.id()).lockVersion();
                        await(bothHaveRead);
                        items.edit(editor, new EditItem(item.id(), seen, Contents.single(editor.username() + " 的修改"), null));
                    });
                    return "ok";
                } catch (ConflictException e) {
                    return e.code();
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(outcomes).containsExactlyInAnyOrder("ok", "stale-version");
        Actor winner = outcomes.get(0).equals("ok") ? first : second;
        List<ItemVersionView> history = items.history(first, item.id());
        assertThat(history).extracting(v -> v.content().stem()).containsExactly("原题干", winner.username() + " 的修改");
        assertThat(items.get(first, item.id()).latest().number()).isEqualTo(2);
        Actor admin = ItemTestData.actor(institution, Role.INSTITUTION_ADMIN);
        assertThat(audit.history(admin, institution, "item", String.valueOf(item.id()))).extracting(AuditRecord::action)
                .containsExactly("ITEM_CREATED", "ITEM_EDITED");
    }

    @Test
    void concurrentCreatorsGetDistinctGeneratedCodes() throws Exception {
        long institution = data.institution();
        Occupation occupation = data.occupation();
        CyclicBarrier start = new CyclicBarrier(4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Actor writer = ItemTestData.actor(institution, Role.ITEM_WRITER);
            results.add(pool.submit(() -> {
                await(start);
                List<String> codes = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    codes.add(items.create(writer, data.single(institution, occupation, writer.username() + " 题 " + i))
                            .code().value());
                }
                return codes;
            }));
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> f : results) {
            all.addAll(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        String prefix = occupation.getCode().value().replace("-", "") + "-3-T-";
        assertThat(all).hasSize(20).doesNotHaveDuplicates().allSatisfy(c -> assertThat(c).startsWith(prefix));
        assertThat(all.stream().map(c -> Integer.parseInt(c.substring(prefix.length()))).sorted().toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
