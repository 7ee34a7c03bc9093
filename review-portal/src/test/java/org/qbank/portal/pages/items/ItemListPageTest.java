package org.qbank.portal.pages.items;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.bank.item.Difficulty;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** 我的试题 filters through the search index: words, filters, facets, "mine", and never another institution. */
@PortalTest
class ItemListPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    long institution;
    KnowledgeTreeView tree;
    QbankUser writer;
    QbankUser colleague;

    @BeforeEach
    void aSmallBankOfTwoWriters() {
        institution = fixtures.institution();
        writer = fixtures.user(Role.ITEM_WRITER, institution);
        colleague = fixtures.user(Role.ITEM_WRITER, institution);
        tree = fixtures.smallBank(fixtures.user(Role.EXAM_ADMIN, institution).actor(), institution);
    }

    @Test
    void wordsOfTheStemOrOptionsFindTheItemHighlightedWithFacetCounts() throws Exception {
        ItemView meter = create(writer, "B-001", ItemType.SINGLE_CHOICE, "用万用表测量电阻前应当（ ）", "断开被测电路的电源", "A");
        create(writer, "A-001", ItemType.SINGLE_CHOICE, "发现有人触电, 首先应当（ ）", "迅速切断电源", "A");
        create(writer, "A-002", ItemType.TRUE_FALSE, "绝缘手套应定期做耐压试验。", null, "√");

        mvc.perform(get("/items").param("q", "万用表").with(user(writer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(meter.code().value()), containsString("<mark>万用表</mark>"),
                        containsString("共 1 道试题"), not(containsString("迅速切断电源")))));
        // An option's words find the item too (the database filter only looked at stems).
        mvc.perform(get("/items").param("q", "切断电源").with(user(writer)))
                .andExpect(content().string(allOf(containsString("触电"), containsString("共 1 道试题"))));
        mvc.perform(get("/items").with(user(writer)))
                .andExpect(content().string(allOf(containsString("共 3 道试题"), containsString("单选题 2"),
                        containsString("判断题 1"), containsString("草稿 3"))));
        mvc.perform(get("/items").param("type", "TRUE_FALSE").with(user(writer)))
                .andExpect(content().string(allOf(containsString("共 1 道试题"), containsString("绝缘手套"))));
        mvc.perform(get("/items").param("point", "A").with(user(writer)))
                .andExpect(content().string(allOf(containsString("共 2 道试题"), not(containsString("万用表")))));
        mvc.perform(get("/items").param("q", meter.code().value()).with(user(writer)))
                .andExpect(content().string(containsString("共 1 道试题")));
    }

    @Test
    void mineKeepsTheWritersOwnAndAnotherInstitutionIsNeverListed() throws Exception {
        create(writer, "B-002", ItemType.SINGLE_CHOICE, "兆欧表测量绝缘电阻时摇把的转速约为（ ）", "120 r/min", "A");
        create(colleague, "B-003", ItemType.SINGLE_CHOICE, "钳形电流表测量电流时被测导线应放在（ ）", "钳口中央", "A");
        long other = fixtures.institution();
        QbankUser outsider = fixtures.user(Role.ITEM_WRITER, other);

        mvc.perform(get("/items").with(user(writer)))
                .andExpect(content().string(allOf(containsString("兆欧表"), not(containsString("钳形电流表")))));
        mvc.perform(get("/items").param("mine", "false").with(user(writer)))
                .andExpect(content().string(allOf(containsString("兆欧表"), containsString("钳形电流表"),
                        containsString("共 2 道试题"))));
        mvc.perform(get("/items").param("mine", "false").param("q", "兆欧表").with(user(outsider)))
                .andExpect(content().string(allOf(containsString("没有符合条件的试题"), not(containsString("摇把")))));
    }

    private ItemView create(QbankUser who, String pointCode, ItemType type, String stem, String keyed, String key) {
        long point = tree.points().stream().filter(p -> p.point().code().display().equals(pointCode)).findFirst().orElseThrow()
                .point().id();
        ItemContent content = type == ItemType.TRUE_FALSE
                ? ItemContent.choice(stem, List.of(), key, Difficulty.of(2), null)
                : ItemContent.choice(stem, List.of(ChoiceOption.of("A", keyed), ChoiceOption.of("B", "任意操作"),
                        ChoiceOption.of("C", "无需准备"), ChoiceOption.of("D", "请他人代做")), key, Difficulty.of(2), null);
        return fixtures.draft(who.actor(), tree, point, type, content);
    }
}
