package org.qbank.tools.storage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Subject;
import org.qbank.bank.image.ImageStore;
import org.qbank.bank.item.BulkItem;
import org.qbank.bank.item.ContentHash;
import org.qbank.bank.item.EditItem;
import org.qbank.bank.item.ItemBulkWriter;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemView;
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
 * through {@link ItemBulkWriter} in batches, and known 试题编码 by DOMAIN §7's re-import rule — identical content
 * does nothing, different content becomes a new DRAFT version through {@link ItemService#edit}. 已审定 rows become
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
    private final ItemCodeLookup lookup;
    private final PaperReviews paperReviews;
    private final Clock clock;

    BankImporter(KnowledgeTreeService trees, OccupationService occupations, ItemBulkWriter writer, ItemService items,
                 ImageStore images, ItemCodeLookup lookup, PaperReviews paperReviews, Clock clock) {
        this.paperReviews = paperReviews;
        this.trees = trees;
        this.occupations = occupations;
        this.writer = writer;
        this.items = items;
        this.images = images;
        this.lookup = lookup;
        this.clock = clock;
    }

    /** Told how many items of the total are stored so far. */
    public interface Progress {
        void update(long done, long total);
    }

    /** A known item and the content the upload gives it. */
    private record Edit(long itemId, ItemContent content) {
    }

    @Transactional
    public ImportSummary store(Actor actor, long institutionId, ParsedBank bank, Progress progress) {
        if (!bank.knowledge().isEmpty()) {
            trees.importTrees(actor, ImportKnowledgeTrees.of(institutionId, bank.knowledge().stream().map(BankImporter::row).toList()));
        }
        List<String> codes = Stream.concat(bank.theoryItems().stream().map(TheoryItem::code),
                bank.skillTasks().stream().map(SkillTask::code)).filter(c -> c != null).toList();
        Map<String, Long> existing = lookup.idsByCode(institutionId, codes);
        Scopes scopes = new Scopes(actor, institutionId, trees, occupations);
        List<Violation> problems = new ArrayList<>();
        List<BulkItem> fresh = new ArrayList<>();
        List<Edit> edits = new ArrayList<>();
        for (TheoryItem i : bank.theoryItems()) {
            Scopes.Scope s = scopes.resolve("试题 第" + i.row() + "行 鉴定点代码", i.occupationCode(), i.workType(), i.level(),
                    Subject.THEORY, i.pointCode(), true, problems);
            if (s == null) {
                continue;
            }
            ItemContent content = ContentMapper.theory(i, i.images().stream().map(this::store).toList());
            if (i.code() != null && existing.containsKey(i.code())) {
                edits.add(new Edit(existing.get(i.code()), content));
            } else {
                fresh.add(bulk(institutionId, i.code(), s, i.level(), Subject.THEORY, ContentMapper.type(i.type()),
                        i.author(), i.source(), i.enemyGroup(), content, i.review()));
            }
        }
        int skills = 0;
        for (SkillTask t : bank.skillTasks()) {
            Scopes.Scope s = scopes.resolve("技能试题 第" + t.row() + "行 鉴定点代码", t.occupationCode(), t.workType(),
                    t.level(), Subject.SKILL, t.pointCode(), false, problems);
            if (s == null) {
                continue;
            }
            skills++;
            ItemContent content = ContentMapper.skill(t);
            if (existing.containsKey(t.code())) {
                edits.add(new Edit(existing.get(t.code()), content));
            } else {
                fresh.add(bulk(institutionId, t.code(), s, t.level(), Subject.SKILL, ItemType.SKILL_TASK, t.author(), null,
                        null, content, t.review()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        long total = fresh.size() + edits.size();
        for (int from = 0; from < fresh.size(); from += BATCH) {
            writer.write(actor, institutionId, fresh.subList(from, Math.min(fresh.size(), from + BATCH)));
            progress.update(Math.min(fresh.size(), from + BATCH), total);
        }
        int changed = 0;
        for (int n = 0; n < edits.size(); n++) {
            Edit e = edits.get(n);
            ItemView view = items.get(actor, e.itemId());
            if (!ContentHash.of(e.content()).equals(view.latest().contentHash())) {
                items.edit(actor, new EditItem(e.itemId(), view.lockVersion(), e.content(), "导入新版本"));
                changed++;
            }
            progress.update(fresh.size() + n + 1L, total);
        }
        // Rows reviewed on paper (已审定) get their imported review round, so the sheet's verify covers them too.
        paperReviews.record(actor, institutionId, bank);
        return new ImportSummary(bank.knowledge().size(), fresh.size(), changed, edits.size() - changed, skills);
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
