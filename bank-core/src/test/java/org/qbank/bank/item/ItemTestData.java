package org.qbank.bank.item;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.Institutions;
import org.qbank.bank.knowledge.ImportKnowledgeTrees;
import org.qbank.bank.knowledge.KnowledgeNodeView;
import org.qbank.bank.knowledge.KnowledgeRow;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.Occupations;
import org.springframework.stereotype.Component;

/**
 * Fresh institutions, occupations and actors per test (storage tests share one database), and real 细目表 to file
 * items under: {@link #points} imports a small tree for an institution / occupation / level / subject the first
 * time it is asked for, through {@link KnowledgeTreeService} like any 细目表.
 */
@Component
public class ItemTestData {

    /** 鉴定点 per test tree: enough for tests that spread items over several points. */
    public static final int POINTS_PER_TREE = 12;

    private static final AtomicLong USERS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000));

    private final Institutions institutions;
    private final Occupations occupations;
    private final KnowledgeTreeService trees;
    private final Map<String, List<Long>> pointsByTree = new ConcurrentHashMap<>();

    ItemTestData(Institutions institutions, Occupations occupations, KnowledgeTreeService trees) {
        this.institutions = institutions;
        this.occupations = occupations;
        this.trees = trees;
    }

    public long institution() {
        String code = "T" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        return institutions.save(new Institution(code, "测试机构 " + code, Institution.Kind.TRAINING_ORG, null,
                Instant.parse("2026-01-01T00:00:00Z"))).getId();
    }

    public Occupation occupation() {
        while (true) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            String code = String.format("%d-%02d-%02d-%02d", r.nextInt(1, 10), r.nextInt(100), r.nextInt(100), r.nextInt(100));
            if (occupations.findByCode(code).isEmpty()) {
                return occupations.save(new Occupation(OccupationCode.of(code), "测试职业 " + code));
            }
        }
    }

    /**
     * The ids of the {@value #POINTS_PER_TREE} 鉴定点 (codes A-001 … under one 鉴定范围 A of weight 100) of the
     * institution's 细目表 for the occupation, level and subject, in code
     * order; the tree is imported on first use.
     */
    public List<Long> points(long institution, Occupation occupation, Level level, Subject subject) {
        return pointsByTree.computeIfAbsent(institution + ":" + occupation.getId() + ":" + level + ":" + subject,
                k -> importTree(institution, occupation, level, subject));
    }

    /** The {@code n}-th 鉴定点 (from 0) of that tree. */
    public long point(long institution, Occupation occupation, Level level, Subject subject, int n) {
        return points(institution, occupation, level, subject).get(n);
    }

    /** The first 鉴定点 of the institution's 三级 理论知识 细目表 for the occupation. */
    public long point(long institution, Occupation occupation) {
        return point(institution, occupation, Level.THREE, Subject.THEORY, 0);
    }

    private List<Long> importTree(long institution, Occupation occupation, Level level, Subject subject) {
        String code = occupation.getCode().value();
        List<KnowledgeRow> rows = new ArrayList<>();
        rows.add(new KnowledgeRow(code, occupation.getName(), null, level.grade(), subject.displayName(), "A",
                "基础知识", new BigDecimal("100"), null));
        for (int i = 1; i <= POINTS_PER_TREE; i++) {
            rows.add(new KnowledgeRow(code, occupation.getName(), null, level.grade(), subject.displayName(),
                    String.format("A-%03d", i), "鉴定点 " + i, null, "X"));
        }
        Actor admin = actor(institution, Role.INSTITUTION_ADMIN);
        long treeId = trees.importTrees(admin, ImportKnowledgeTrees.of(institution, rows)).get(0).treeId();
        return trees.get(admin, treeId).nodes().stream().filter(KnowledgeNodeView::isPoint)
                .sorted(Comparator.comparing(KnowledgeNodeView::displayCode)).map(KnowledgeNodeView::id).toList();
    }

    public static Actor actor(long institution, Role... roles) {
        long id = USERS.incrementAndGet();
        return new Actor(id, "user" + id, Set.of(roles), Set.of(institution));
    }

    public static CreateItem theory(long institution, Occupation occupation, ItemType type, ItemContent content,
                                    long knowledgePoint) {
        return new CreateItem(institution, null, occupation.getId(), null, Level.THREE, Subject.THEORY, type,
                knowledgePoint, null, "自建", null, content, "新建");
    }

    /** A 三级 操作技能试题 named {@code name} taking {@code minutes}, on the (skill) 鉴定点 {@code knowledgePoint}. */
    public static CreateItem skillTask(long institution, Occupation occupation, long knowledgePoint, String name,
                                       int minutes) {
        ItemContent sample = Contents.skill();
        ItemContent.SkillTask t = sample.skill();
        ItemContent content = ItemContent.skillTask(new ItemContent.SkillTask(name, minutes, t.background(), t.tasks(),
                t.skillRequirements(), t.qualityIndicators(), t.taskImages(), t.rubric(), t.preparation()),
                sample.difficulty(), sample.score());
        return new CreateItem(institution, null, occupation.getId(), null, Level.THREE, Subject.SKILL,
                ItemType.SKILL_TASK, knowledgePoint, null, "自建", null, content, "新建");
    }

    /** A 三级 理论知识 单选题 filed under the given 鉴定点 (which must belong to the occupation's 三级 理论知识 细目表). */
    public static CreateItem single(long institution, Occupation occupation, String stem, long knowledgePoint) {
        return theory(institution, occupation, ItemType.SINGLE_CHOICE, Contents.single(stem), knowledgePoint);
    }

    /** A 三级 理论知识 单选题 filed under the first 鉴定点 of the institution's tree for the occupation. */
    public CreateItem single(long institution, Occupation occupation, String stem) {
        return theory(institution, occupation, ItemType.SINGLE_CHOICE, Contents.single(stem), point(institution, occupation));
    }
}
