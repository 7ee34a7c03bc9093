package org.qbank.tools.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.qbank.bank.access.Actor;
import org.qbank.bank.image.ImageStore;
import org.qbank.bank.item.ItemBulkReader;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemFilter;
import org.qbank.bank.item.ItemRecord;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemVersionView;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.knowledge.KnowledgeNodeView;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.knowledge.KnowledgeTreeSummary;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.tools.importing.BankExport;
import org.qbank.tools.importing.ImportedReview;
import org.qbank.tools.importing.ItemImage;
import org.qbank.tools.importing.KnowledgeRow;
import org.qbank.tools.importing.SkillTask;
import org.qbank.tools.importing.TheoryItem;
import org.qbank.tools.normalize.Keys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a bank (or one occupation of it) back into the workbook model: every 细目表 and every item's latest version
 * with its status in Chinese. Items imported as 已审定 get their paper review's experts and date back from the
 * version's change note, so export → import reproduces them.
 */
@Service
public class BankExporter {

    private static final Pattern REVIEW = Pattern.compile(BankImporter.PAPER_REVIEW + "；审定专家：(.+)；审定日期：(\\d{4}-\\d{2}-\\d{2})");

    private static final int PAGE = 1000;

    private final KnowledgeTreeService trees;
    private final ItemBulkReader items;
    private final OccupationService occupations;
    private final ImageStore images;

    BankExporter(KnowledgeTreeService trees, ItemBulkReader items, OccupationService occupations, ImageStore images) {
        this.trees = trees;
        this.items = items;
        this.occupations = occupations;
        this.images = images;
    }

    /** {@code occupationCode} null exports everything of the institution. */
    @Transactional(readOnly = true)
    public BankExport export(Actor actor, long institutionId, String occupationCode) {
        List<KnowledgeRow> knowledge = new ArrayList<>();
        Map<Long, String> pointCodes = new HashMap<>();
        for (KnowledgeTreeSummary summary : trees.list(actor, institutionId)) {
            if (occupationCode != null && !summary.occupationCode().equals(occupationCode)) {
                continue;
            }
            KnowledgeTreeView tree = trees.get(actor, summary.id());
            for (KnowledgeNodeView n : tree.nodes()) {
                pointCodes.put(n.id(), n.displayCode());
                knowledge.add(new KnowledgeRow(0, tree.occupationCode(), tree.occupationName(),
                        tree.workType() == null ? "" : tree.workType(), tree.level(), tree.subject(), n.displayCode(),
                        Arrays.asList(n.displayCode().split("-")), n.name(), n.weight(),
                        n.importance() == null ? null : KnowledgeRow.Importance.valueOf(n.importance().name())));
            }
        }
        Long occupationId = occupationCode == null ? null
                : occupations.find(org.qbank.bank.occupation.OccupationCode.of(occupationCode)).map(o -> o.getId()).orElse(-1L);
        ItemFilter filter = new ItemFilter(occupationId, null, null, null, null, null, null, null, false);
        Map<Long, String> occupationCodes = new HashMap<>();
        Map<Long, String> workTypes = new HashMap<>();
        List<TheoryItem> theory = new ArrayList<>();
        List<SkillTask> skills = new ArrayList<>();
        long after = 0;
        for (List<ItemRecord> page; !(page = items.page(actor, institutionId, filter, after, PAGE)).isEmpty(); ) {
            after = page.get(page.size() - 1).item().id();
            for (ItemRecord r : page) {
                ItemView item = r.item();
                ItemVersionView v = item.latest();
                String occupation = occupationCodes.computeIfAbsent(item.occupationId(),
                        id -> occupations.get(id).getCode().value());
                String workType = item.workTypeId() == null ? ""
                        : workTypes.computeIfAbsent(item.workTypeId(), id -> occupations.getWorkType(id).getName());
                String point = pointCodes.getOrDefault(item.knowledgePointId(), "");
                ImportedReview review = review(v);
                String status = v.status() == ItemStatus.APPROVED && review == null ? ItemStatus.DRAFT.displayName()
                        : v.status().displayName();
                if (item.type() == ItemType.SKILL_TASK) {
                    ItemContent.SkillTask s = v.content().skill();
                    skills.add(new SkillTask(0, item.code().value(), occupation, workType, item.level(), point, s.name(),
                            s.durationMinutes(), nz(s.background()), nz(s.tasks()), nz(s.skillRequirements()),
                            nz(s.qualityIndicators()), v.content().score().value(), nz(item.author()), status, review,
                            ContentMapper.rubric(s), ContentMapper.preparation(s)));
                } else {
                    theory.add(theory(item, v, occupation, workType, point, status, review));
                }
            }
        }
        // Code order, as people read their bank, whatever order the items were stored in.
        theory.sort(Comparator.comparing(TheoryItem::code));
        skills.sort(Comparator.comparing(SkillTask::code));
        return new BankExport(knowledge, theory, skills);
    }

    private TheoryItem theory(ItemView item, ItemVersionView v, String occupation, String workType, String point,
                              String status, ImportedReview review) {
        ItemContent c = v.content();
        ItemType type = item.type();
        boolean objective = type.isKeyed();
        List<ItemImage> pictures = c.stemImages().stream().map(h -> images.get(h).map(i -> new ItemImage(
                h + extension(i.ref().mediaType()), i.ref().mediaType(), i.bytes())).orElseThrow()).toList();
        return new TheoryItem(0, item.code().value(), occupation, workType, item.level(), type, point, c.stem(),
                c.options().stream().map(o -> nz(o.text())).toList(),
                objective ? (type == ItemType.TRUE_FALSE ? judgement(c.key()) : c.key()) : c.referenceAnswer(),
                nz(objective ? c.analysis() : c.scoringPoints()), c.difficulty() == null ? null : c.difficulty().value(),
                c.score() == null ? null : c.score().value(), nz(item.author()), nz(item.source()), nz(item.enemyGroup()),
                status, review, pictures);
    }

    private static String judgement(String key) {
        return Keys.TRUE.equals(key) ? Keys.TRUE : Keys.FALSE;
    }

    /** Experts and date of a paper review recorded by the importer, or null. */
    static ImportedReview review(ItemVersionView v) {
        if (v.status() != ItemStatus.APPROVED || v.changeNote() == null) {
            return null;
        }
        Matcher m = REVIEW.matcher(v.changeNote());
        return m.find() ? new ImportedReview(List.of(m.group(1).split("、")), LocalDate.parse(m.group(2))) : null;
    }

    private static String extension(String mediaType) {
        return "." + mediaType.substring(mediaType.indexOf('/') + 1).replace("jpeg", "jpg").replace("svg+xml", "svg");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
