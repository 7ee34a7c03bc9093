package org.qbank.bank.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.usage.IssueRecord;
import org.qbank.bank.usage.ItemVersionRef;
import org.qbank.bank.usage.UsageRecorder;
import org.springframework.beans.factory.annotation.Autowired;

class ItemCatalogIT extends ItemStorageBase {

    @Autowired
    ItemCatalog catalog;
    @Autowired
    UsageRecorder usage;

    @Test
    void onlyApprovedCurrentVersionsAreEligibleGroupedByKnowledgePointLeastUsedFirst() {
        long p1 = data.point(institution, occupation, Level.THREE, Subject.THEORY, 0);
        long p2 = data.point(institution, occupation, Level.THREE, Subject.THEORY, 1);
        ItemView a = approved("甲", p1);
        ItemView b = approved("乙", p1);
        ItemView c = approved("丙", p2);
        items.create(writer, ItemTestData.theory(institution, occupation, ItemType.SINGLE_CHOICE, Contents.single("草稿"), p1));
        ItemView retired = approved("停用", p2);
        items.retire(admin, retired.id(), "过时");
        ItemView edited = items.edit(writer, new EditItem(c.id(), c.lockVersion(), Contents.single("丙改"), null));
        tx.executeWithoutResult(s -> usage.recordIssue(new IssueRecord(institution, 7001, 8001,
                List.of(new ItemVersionRef(a.id(), a.current().id())), Instant.parse("2026-03-01T01:00:00Z"))));

        Map<Long, List<EligibleItem>> byPoint = catalog.eligibleByKnowledgePoint(institution, occupation.getId(), null,
                Level.THREE, Subject.THEORY);

        assertThat(byPoint.keySet()).containsExactly(p1, p2);
        assertThat(byPoint.get(p1)).extracting(EligibleItem::itemId).containsExactly(b.id(), a.id());
        EligibleItem used = byPoint.get(p1).get(1);
        assertThat(used.sessionsIssued()).isEqualTo(1);
        assertThat(used.lastIssuedAt()).isEqualTo(Instant.parse("2026-03-01T01:00:00Z"));
        EligibleItem cItem = byPoint.get(p2).get(0);
        assertThat(byPoint.get(p2)).hasSize(1);
        assertThat(cItem.versionNumber()).isEqualTo(1);
        assertThat(cItem.contentHash()).isEqualTo(c.current().contentHash()).isNotEqualTo(edited.latest().contentHash());
        assertThat(cItem.itemCode()).isEqualTo(c.code());
        assertThat(cItem.type()).isEqualTo(ItemType.SINGLE_CHOICE);
        assertThat(cItem.difficulty()).isEqualTo(Difficulty.of(2));
        assertThat(cItem.score()).isEqualTo(Score.of("0.5"));
    }

    @Test
    void otherLevelsSubjectsAndInstitutionsAreNotEligible() {
        approved("三级题", data.point(institution, occupation, Level.THREE, Subject.THEORY, 2));
        assertThat(catalog.eligible(institution, occupation.getId(), null, Level.FOUR, Subject.THEORY)).isEmpty();
        assertThat(catalog.eligible(institution, occupation.getId(), null, Level.THREE, Subject.SKILL)).isEmpty();
        assertThat(catalog.eligible(data.institution(), occupation.getId(), null, Level.THREE, Subject.THEORY)).isEmpty();
        assertThat(catalog.eligible(institution, occupation.getId(), null, Level.THREE, Subject.THEORY)).hasSize(1);
    }

    @Test
    void approvedSkillTasksAreEligibleWithTheirTime() {
        approved("三级题", data.point(institution, occupation, Level.THREE, Subject.THEORY, 0));
        long skillPoint = data.point(institution, occupation, Level.THREE, Subject.SKILL, 0);
        ItemView task = items.create(writer, ItemTestData.skillTask(institution, occupation, skillPoint, "板对接平焊", 75));
        items.submit(writer, task.id(), 1);
        items.approve(reviewer, new ReviewDecision(task.id(), 1, "通过"));
        items.create(writer, ItemTestData.skillTask(institution, occupation, skillPoint, "管对接 (草稿)", 60));
        List<EligibleSkillTask> tasks = catalog.eligibleSkillTasks(institution, occupation.getId(), null, Level.THREE);
        assertThat(tasks).extracting(t -> t.item().itemId(), EligibleSkillTask::durationMinutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(task.id(), 75));
        assertThat(tasks.get(0).item().type()).isEqualTo(ItemType.SKILL_TASK);
    }

    private ItemView approved(String stem, long knowledgePoint) {
        ItemView item = items.create(writer, ItemTestData.theory(institution, occupation, ItemType.SINGLE_CHOICE,
                Contents.single(stem), knowledgePoint));
        items.submit(writer, item.id(), 1);
        return items.approve(reviewer, new ReviewDecision(item.id(), 1, "通过"));
    }
}
