package org.qbank.portal.knowledge;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.CreateItem;
import org.qbank.bank.item.Difficulty;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.ReviewDecision;
import org.qbank.bank.item.Score;
import org.qbank.bank.knowledge.ImportKnowledgeTrees;
import org.qbank.bank.knowledge.KnowledgeRow;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.occupation.OccupationInfo;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class KnowledgeTreePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KnowledgeTreeService trees;
    @Autowired
    ItemService items;

    @Test
    void theTreePageShowsEveryNodeAndTheApprovedItemsOfEachPoint() throws Exception {
        long a = fixtures.institution();
        OccupationInfo occupation = fixtures.occupation();
        QbankUser exam = fixtures.user(Role.EXAM_ADMIN, a);
        QbankUser writer = fixtures.user(Role.ITEM_WRITER, a);
        QbankUser reviewer = fixtures.user(Role.REVIEWER, a);
        long treeId = trees.importTrees(exam.actor(), ImportKnowledgeTrees.of(a, rows(occupation.code()))).get(0).treeId();
        KnowledgeTreeView tree = trees.get(exam.actor(), treeId);
        long point = tree.node("A-A-001").orElseThrow().id();
        ItemView item = items.create(writer.actor(), new CreateItem(a, "KP-PAGE-1", occupation.id(), null, Level.THREE,
                Subject.THEORY, ItemType.TRUE_FALSE, point, null, "自建", null,
                ItemContent.choice("绝缘手套使用前应检查有无破损。", List.of(), "√", Difficulty.of(1), Score.of("1")), "新建"));
        items.submit(writer.actor(), item.id(), 1);
        items.approve(reviewer.actor(), new ReviewDecision(item.id(), 1, "通过"));

        mvc.perform(get("/knowledge-trees").with(user(writer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(occupation.code())));
        mvc.perform(get("/knowledge-trees/" + treeId).with(user(writer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("安全防护")))
                .andExpect(content().string(containsString("A-A-002")))
                .andExpect(content().string(containsString("KP-PAGE-1")))
                .andExpect(content().string(containsString("/items/" + item.id())));
    }

    @Test
    void anotherInstitutionsTreeIsNotFound() throws Exception {
        long a = fixtures.institution();
        OccupationInfo occupation = fixtures.occupation();
        long treeId = trees.importTrees(fixtures.user(Role.EXAM_ADMIN, a).actor(),
                ImportKnowledgeTrees.of(a, rows(occupation.code()))).get(0).treeId();
        mvc.perform(get("/knowledge-trees/" + treeId).with(user(fixtures.user(Role.EXAM_ADMIN, fixtures.institution()))))
                .andExpect(status().isNotFound());
    }

    private static List<KnowledgeRow> rows(String occupation) {
        return List.of(
                row(occupation, "A", "安全防护", new BigDecimal("100"), null),
                row(occupation, "A-A", "个人防护用品", new BigDecimal("100"), null),
                row(occupation, "A-A-001", "绝缘手套的检查", null, "X"),
                row(occupation, "A-A-002", "安全帽的使用", null, "X"));
    }

    private static KnowledgeRow row(String occupation, String code, String name, BigDecimal weight, String importance) {
        return new KnowledgeRow(occupation, null, null, "三级", "理论知识", code, name, weight, importance);
    }
}
