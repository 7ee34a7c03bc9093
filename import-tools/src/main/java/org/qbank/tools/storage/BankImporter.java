package org.qbank.tools.storage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.image.ImageStore;
import org.qbank.bank.item.BulkItem;
import org.qbank.bank.item.EditItem;
import org.qbank.bank.item.ItemBulkReader;
import org.qbank.bank.item.ItemBulkWriter;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.Reclassify;
import org.qbank.bank.knowledge.ImportKnowledgeTrees;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.tools.filing.PaperReviews;
import org.qbank.tools.importing.ImportedReview;
import org.qbank.tools.importing.ItemImage;
import org.qbank.tools.importing.KnowledgeRow;
import org.qbank.tools.importing.ParsedBank;
import org.qbank.tools.importing.SkillTask;
import org.qbank.tools.importing.TheoryItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a validated {@link ParsedBank} in one transaction: the 细目表 through {@link KnowledgeTreeService}, new items
 * through {@link ItemBulkWriter} in batches, and known 试题编码 by DOMAIN §7's re-import rule ({@link KnownItems}) —
 * identical content does nothing, another 鉴定点 refiles the item through {@link ItemService#reclassify}, different
 * content becomes a new DRAFT version through {@link ItemService#edit}; both are audited there. 已审定 rows become
 * APPROVED versions whose change note names the paper review's experts and date. Any problem throws and nothing is
 * stored.
 */
@Service
public class BankImporter {

    static final String PAPER_REVIEW = "纸质审定";
    private static final int BATCH = 1000;

    private final KnowledgeTreeService trees;
    private final OccupationService occupations;
    private final ItemBulkWriter writer;
    private final ItemService items;
    private final ImageStore images;
    private final ItemBulkReader reader;
    private final PaperReviews paperReviews;
    private final Clock clock;

    BankImporter(KnowledgeTreeService trees, OccupationService occupations, ItemBulkWriter writer, ItemService items,
                 ImageStore images, ItemBulkReader reader, PaperReviews paperReviews, Clock clock) {
        this.paperReviews = paperReviews;
        this.trees = trees;
        this.occupations = occupations;
        this.writer = writer;
        this.items = items;
        this.images = images;
        this.reader = reader;
        this.clock = clock;
    }

    /** Told how many items of the total are stored so far. */
    public interface Progress {
        void update(long done, long total);
    }

    /**
     * Stores the bank in one transaction and says what changed. Problems only the bank can answer (tree or 鉴定点
     * missing, a known 试题编码 under another occupation, work type, level or 题型, a retired item) are all collected
     * and thrown together as a {@link RuleViolationException} before anything is written.
     */
    @Transactional
    public ImportSummary store(Actor actor, long institutionId, ParsedBank bank, Progress progress) {
        if (!bank.knowledge().isEmpty()) {
            trees.importTrees(actor, ImportKnowledgeTrees.of(institutionId, bank.knowledge().stream().map(BankImporter::row).toList()));
        }
        List<String> codes = Stream.concat(bank.theoryItems().stream().map(TheoryItem::code),
                bank.skillTasks().stream().map(SkillTask::code)).filter(c -> c != null).toList();
        KnownItems known = KnownItems.read(reader, actor, institutionId, codes);
        Scopes scopes = new Scopes(actor, institutionId, trees, occupations);
        List<Violation> problems = new ArrayList<>();
        // New rows are only remembered here and mapped a batch at a time below, so a 100,000-row upload is never
        // held twice (as parsed rows and as bank-core items).
        List<Fresh> fresh = new ArrayList<>();
        List<KnownItems.Update> updates = new ArrayList<>();
        for (TheoryItem i : bank.theoryItems()) {
            String where = "试题 第" + i.row() + "行";
            Scopes.Scope s = scopes.resolve(where + " 鉴定点代码", i.occupationCode(), i.workType(), i.level(),
                    Subject.THEORY, i.pointCode(), true, problems);
            if (s == null) {
                continue;
            }
            ItemView item = known.get(i.code());
            if (item != null) {
                ItemContent content = ContentMapper.theory(i, i.images().stream().map(this::store).toList());
                known.update(where, item, s, i.level(), Subject.THEORY, i.type(), i.enemyGroup(),
                        i.source(), content, problems).ifPresent(updates::add);
            } else {
                fresh.add(new Fresh(i, null, s));
            }
        }
        int skills = 0;
        for (SkillTask t : bank.skillTasks()) {
            String where = "技能试题 第" + t.row() + "行";
            Scopes.Scope s = scopes.resolve(where + " 鉴定点代码", t.occupationCode(), t.workType(), t.level(),
                    Subject.SKILL, t.pointCode(), false, problems);
            if (s == null) {
                continue;
            }
            skills++;
            ItemView item = known.get(t.code());
            if (item != null) {
                known.update(where, item, s, t.level(), Subject.SKILL, ItemType.SKILL_TASK, null, null,
                        ContentMapper.skill(t), problems).ifPresent(updates::add);
            } else {
                fresh.add(new Fresh(null, t, s));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        long total = fresh.size() + updates.size();
        for (int from = 0; from < fresh.size(); from += BATCH) {
            List<BulkItem> batch = fresh.subList(from, Math.min(fresh.size(), from + BATCH)).stream()
                    .map(f -> bulk(institutionId, f)).toList();
            writer.write(actor, institutionId, batch);
            progress.update(from + batch.size(), total);
        }
        int changed = 0;
        int reclassified = 0;
        for (int n = 0; n < updates.size(); n++) {
            KnownItems.Update u = updates.get(n);
            ItemView view = u.item();
            if (u.reclassify()) {
                // Refiled first: the new version (if any) then carries the new 鉴定点 from the start.
                view = items.reclassify(actor, new Reclassify(view.id(), view.lockVersion(), u.knowledgePointId(),
                        u.enemyGroup(), u.source()));
                reclassified++;
            }
            if (u.newContent()) {
                items.edit(actor, new EditItem(view.id(), view.lockVersion(), u.content(), "导入新版本"));
                changed++;
            }
            progress.update(fresh.size() + n + 1L, total);
        }
        // Rows reviewed on paper (已审定) get their imported review round, so the sheet's verify covers them too.
        paperReviews.record(actor, institutionId, bank);
        int unchanged = updates.size() - (int) updates.stream().filter(u -> u.reclassify() || u.newContent()).count();
        return new ImportSummary(bank.knowledge().size(), fresh.size(), changed, reclassified, unchanged, skills);
    }

    /** A row for a new item and where it goes. */
    private record Fresh(TheoryItem theory, SkillTask skill, Scopes.Scope scope) {
    }

    private BulkItem bulk(long institutionId, Fresh f) {
        if (f.theory() != null) {
            TheoryItem i = f.theory();
            ItemContent content = ContentMapper.theory(i, i.images().stream().map(this::store).toList());
            return bulk(institutionId, i.code(), f.scope(), i.level(), Subject.THEORY, i.type(),
                    i.author(), i.source(), i.enemyGroup(), content, i.review());
        }
        SkillTask t = f.skill();
        return bulk(institutionId, t.code(), f.scope(), t.level(), Subject.SKILL, ItemType.SKILL_TASK, t.author(), null,
                null, ContentMapper.skill(t), t.review());
    }

    private BulkItem bulk(long institutionId, String code, Scopes.Scope s, org.qbank.bank.common.Level level,
                          Subject subject, ItemType type, String author, String source, String enemy, ItemContent content,
                          ImportedReview review) {
        ItemStatus status = review == null ? ItemStatus.DRAFT : ItemStatus.APPROVED;
        String note = review == null ? "导入" : reviewNote(review);
        return new BulkItem(institutionId, code, s.occupationId(), s.workTypeId(), level, subject, type,
                s.knowledgePointId(), blankToNull(author), blankToNull(source), blankToNull(enemy), clock.instant(),
                List.of(new BulkItem.Version(content, status, clock.instant(), note)));
    }

    /** "纸质审定；审定专家：王明、李强、赵敏；审定日期：2024-06-18" — read back by the exporter. */
    static String reviewNote(ImportedReview review) {
        return PAPER_REVIEW + "；审定专家：" + String.join("、", review.experts()) + "；审定日期：" + review.date();
    }

    private String store(ItemImage image) {
        return images.put(image.data(), image.contentType()).hash();
    }

    private static org.qbank.bank.knowledge.KnowledgeRow row(KnowledgeRow k) {
        return new org.qbank.bank.knowledge.KnowledgeRow(k.occupationCode(), k.occupationName(), k.workType(),
                k.level().grade(), k.subject().displayName(), k.code(), k.name(), k.weight(),
                k.importance() == null ? null : k.importance().name());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
