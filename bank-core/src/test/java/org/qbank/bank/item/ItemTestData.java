package org.qbank.bank.item;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.Institutions;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.Occupations;
import org.springframework.stereotype.Component;

/** Fresh institutions, occupations and actors per test: storage tests share one database. */
@Component
public class ItemTestData {

    private static final AtomicLong USERS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000));

    private final Institutions institutions;
    private final Occupations occupations;

    ItemTestData(Institutions institutions, Occupations occupations) {
        this.institutions = institutions;
        this.occupations = occupations;
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

    public static CreateItem single(long institution, Occupation occupation, String stem) {
        return theory(institution, occupation, ItemType.SINGLE_CHOICE, Contents.single(stem), 101);
    }
}
