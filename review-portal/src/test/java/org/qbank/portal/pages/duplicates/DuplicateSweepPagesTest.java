package org.qbank.portal.pages.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.search.DuplicateClass;
import org.qbank.bank.search.DuplicateSweep;
import org.qbank.bank.search.PairMarkKind;
import org.qbank.bank.search.PairMarks;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 题库查重 on a real bank: two writers' copies of one question stored despite the warning are listed once, another
 * institution's copy never; 不是重复题 takes the pair off the list (stored and audited), 互斥题 keeps it with its
 * mark; the page is confidential, and an exam administrator may read but not mark.
 */
@PortalTest
class DuplicateSweepPagesTest {

    static final String STEM = "低压验电笔检测时, 氖管发亮说明被测导体处于什么状态?";
    static final String RETYPED = "低压验电笔检测时，氖管发亮说明被测导体处于什么状态？";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DuplicateSweep sweep;
    @Autowired
    PairMarks marks;

    long institution;
    QbankUser reviewer;
    QbankUser exam;
    List<ItemView> copies;

    @BeforeEach
    void aBankHoldingOneQuestionTwice() {
        institution = fixtures.institution();
        reviewer = fixtures.user(Role.REVIEWER, institution);
        exam = fixtures.user(Role.EXAM_ADMIN, institution);
        KnowledgeTreeView tree = fixtures.smallBank(exam.actor(), institution);
        copies = fixtures.submittedItems(tree, fixtures.user(Role.ITEM_WRITER, institution).actor(), STEM, RETYPED,
                "照明电路的开关应当接在哪一根线上?");
        long other = fixtures.institution();
        QbankUser otherExam = fixtures.user(Role.EXAM_ADMIN, other);
        fixtures.submittedItems(fixtures.smallBank(otherExam.actor(), other),
                fixtures.user(Role.ITEM_WRITER, other).actor(), STEM);
    }

    @Test
    void thePairIsListedOnceWithBothStemsAndTheReason() throws Exception {
        String group = "group-duplicate-" + copies.get(0).id();
        // as the form sends it: every filter left at 全部
        mvc.perform(get("/duplicates").param("run", "1").param("occupation", "").param("level", "").param("kind", "")
                        .with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("id=\"" + group + "\"")))
                .andExpect(content().string(containsString(copies.get(0).code().value())))
                .andExpect(content().string(containsString(copies.get(1).code().value())))
                .andExpect(content().string(containsString(RETYPED)))
                .andExpect(content().string(containsString("检查 <strong>3</strong> 道试题")))
                .andExpect(content().string(containsString("重复 <strong id=\"count-duplicate\">1</strong> 对")))
                .andExpect(content().string(containsString("答案相同")));
        // before 查重 is pressed nothing is swept
        mvc.perform(get("/duplicates").with(user(reviewer)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("sweep-summary"))));
    }

    @Test
    void notADuplicateTakesThePairOffTheListAndEnemiesKeepItMarked() throws Exception {
        long a = copies.get(0).id();
        long b = copies.get(1).id();
        mvc.perform(post("/duplicates/marks").param("items", String.valueOf(a), String.valueOf(b)).param("groupKind", "DUPLICATE")
                        .param("markKind", "ENEMIES").param("kind", "DUPLICATE").with(csrf()).with(user(reviewer)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/duplicates?run=1&kind=DUPLICATE"))
                .andExpect(flash().attribute("marked", "已将 1 对试题标记为互斥题"));
        mvc.perform(get("/duplicates").param("run", "1").with(user(reviewer)))
                .andExpect(content().string(containsString("已标记互斥")))
                .andExpect(content().string(not(containsString("id=\"enemies-group-duplicate-" + a + "\""))));
        assertThat(marks.enemies(reviewer.actor(), institution)).extracting(m -> m.itemA() + "-" + m.itemB())
                .containsExactly(a + "-" + b);

        mvc.perform(post("/duplicates/marks").param("items", String.valueOf(a), String.valueOf(b)).param("groupKind", "DUPLICATE")
                        .param("markKind", "NOT_DUPLICATE").with(csrf()).with(user(reviewer)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/duplicates").param("run", "1").with(user(reviewer)))
                .andExpect(content().string(not(containsString("id=\"group-duplicate-" + a + "\""))))
                .andExpect(content().string(containsString("没有发现相近试题")));
        assertThat(sweep.sweep(reviewer.actor(), new DuplicateSweep.Scope(institution, null, null))
                .count(DuplicateClass.DUPLICATE)).isZero();
        assertThat(marks.marks(institution, a, List.of(b))).containsEntry(b, PairMarkKind.NOT_DUPLICATE);
    }

    @Test
    void anExamAdministratorReadsTheListButMayNotMark() throws Exception {
        mvc.perform(get("/duplicates").param("run", "1").with(user(exam)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"markKind\""))));
        mvc.perform(post("/duplicates/marks").param("items", String.valueOf(copies.get(0).id()),
                                String.valueOf(copies.get(1).id())).param("groupKind", "DUPLICATE").param("markKind", "NOT_DUPLICATE")
                        .with(csrf()).with(user(exam)))
                .andExpect(status().isForbidden());
        assertThat(marks.marks(institution, copies.get(0).id(), List.of(copies.get(1).id()))).isEmpty();
    }

    @Test
    void itemsWithoutAReportedPairBetweenThemMarkNothingAndSaySo() throws Exception {
        long a = copies.get(0).id();
        long unrelated = copies.get(2).id();
        mvc.perform(post("/duplicates/marks").param("items", String.valueOf(a), String.valueOf(unrelated))
                        .param("groupKind", "DUPLICATE").param("markKind", "ENEMIES").with(csrf()).with(user(reviewer)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("markError", containsString("没有需要标记的相近试题对 (试题 " + a + "、" + unrelated)));
        assertThat(marks.marks(institution, a, List.of(unrelated, copies.get(1).id()))).isEmpty();
        mvc.perform(post("/duplicates/marks").param("items", "x").param("groupKind", "DUPLICATE").param("markKind", "ENEMIES")
                        .with(csrf()).with(user(reviewer)))
                .andExpect(status().isBadRequest());
    }
}
