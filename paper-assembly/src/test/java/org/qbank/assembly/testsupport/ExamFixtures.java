package org.qbank.assembly.testsupport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.qbank.assembly.paper.NewPaper;
import org.qbank.assembly.paper.Paper.PaperScope;
import org.qbank.assembly.paper.PaperItem;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemTestData;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.plan.AddSession;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.BatchView;
import org.qbank.bank.plan.CreateBatch;
import org.qbank.bank.plan.SessionDetails;
import org.springframework.stereotype.Component;

/**
 * Real rows for paper storage tests: an institution with an occupation, items created through the bank (so usage
 * counts accept their ids and pinned versions), and batches with sessions. Tests share a database, so everything
 * is created fresh per test.
 */
@Component
public class ExamFixtures {

    private static final AtomicInteger SESSIONS = new AtomicInteger();

    private final ItemTestData data;
    private final ItemService itemService;
    private final BatchService batches;

    ExamFixtures(ItemTestData data, ItemService itemService, BatchService batches) {
        this.data = data;
        this.itemService = itemService;
        this.batches = batches;
    }

    public Bank bank() {
        long institution = data.institution();
        return new Bank(institution, data.occupation(), ItemTestData.actor(institution, Role.ITEM_WRITER),
                new Actor(1, "examadmin", Set.of(Role.EXAM_ADMIN), Set.of(institution)), new ArrayList<>());
    }

    /** An institution's occupation, its items in creation order (1-based in {@link #items}), and its actors. */
    public final class Bank {
        public final long institution;
        public final Occupation occupation;
        public final Actor writer;
        public final Actor admin;
        private final List<ItemView> created;
        private long batchId;

        Bank(long institution, Occupation occupation, Actor writer, Actor admin, List<ItemView> created) {
            this.institution = institution;
            this.occupation = occupation;
            this.writer = writer;
            this.admin = admin;
            this.created = created;
        }

        /** Items number {@code from}..{@code to} as paper items at their current versions. */
        public synchronized List<PaperItem> items(int from, int to) {
            while (created.size() < to) {
                created.add(itemService.create(writer, data.single(institution, occupation,
                        "试题 " + (created.size() + 1) + " 的题干")));
            }
            List<PaperItem> out = new ArrayList<>();
            for (int i = from; i <= to; i++) {
                ItemView v = created.get(i - 1);
                out.add(new PaperItem(out.size() + 1, v.id(), v.code().value(), v.latest().id()));
            }
            return out;
        }

        /** A 三级 理论 paper of items number {@code from}..{@code to}, allowing 30 % overlap within 24 months. */
        public NewPaper theoryPaper(int from, int to) {
            return new NewPaper(institution, new PaperScope(occupationCode(), null, Level.THREE, Subject.THEORY),
                    "三级理论", items(from, to), new BigDecimal("0.30"), 24);
        }

        public String occupationCode() {
            return occupation.getCode().value();
        }

        /** A new 三级 理论 session of this institution's (draft) batch, starting at {@code start}. */
        public synchronized long session(Instant start, int candidates) {
            if (batchId == 0) {
                BatchView b = batches.create(admin, new CreateBatch(institution, "B" + System.nanoTime(), occupationCode(), null,
                        Set.of(Level.THREE), Set.of(Subject.THEORY)));
                batchId = b.id();
            }
            return batches.addSession(admin, new AddSession(batchId, new SessionDetails(
                    "T" + SESSIONS.incrementAndGet(), start, 90, "第一考场", candidates, Level.THREE, Subject.THEORY))).id();
        }
    }
}
