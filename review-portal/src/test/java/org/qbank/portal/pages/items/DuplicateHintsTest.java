package org.qbank.portal.pages.items;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class DuplicateHintsTest {

    static final String STEM = "兆欧表测量绝缘电阻前, 被测设备应当处于什么状态?";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    long institution;
    KnowledgeTreeView tree;
    QbankUser writer;
    ItemView existing;

    @BeforeEach
    void aBankWithOneItem() {
        institution = fixtures.institution();
        writer = fixtures.user(Role.ITEM_WRITER, institution);
        tree = fixtures.smallBank(fixtures.user(Role.EXAM_ADMIN, institution).actor(), institution);
        existing = fixtures.submittedItems(tree, writer.actor(), STEM).get(0);
    }

    private MockHttpServletRequestBuilder draft(String stem) {
        return draft("/items/duplicate-hints", stem);
    }

    private MockHttpServletRequestBuilder draft(String url, String stem) {
        return post(url).param("treeId", String.valueOf(tree.id())).param("type", "SINGLE_CHOICE")
                .param("stem", stem).param("options[0].label", "A").param("options[0].text", "先断开电源并验电")
                .param("options[1].label", "B").param("options[1].text", "直接用手触碰导线")
                .param("options[2].label", "C").param("options[2].text", "请无证人员代为操作")
                .param("options[3].label", "D").param("options[3].text", "无需任何防护")
                .param("keys", "A").param("score", "1");
    }

    @Test
    void aDraftLikeAnExistingItemIsHintedWithScoreReasonAndLink() throws Exception {
        mvc.perform(draft("兆欧表测量绝缘电阻前，被测设备应当处于什么状态？").with(csrf()).with(user(writer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].itemCode").value(existing.code().value()))
                .andExpect(jsonPath("$[0].kind").value("重复"))
                .andExpect(jsonPath("$[0].percent").isNumber())
                .andExpect(jsonPath("$[0].reason").isNotEmpty())
                .andExpect(jsonPath("$[0].href").value("/items/" + existing.id() + "/manage"));
    }

    @Test
    void anItemIsNotItsOwnDuplicateAndUnrelatedTextFindsNothing() throws Exception {
        mvc.perform(draft(STEM).param("itemId", String.valueOf(existing.id())).with(csrf()).with(user(writer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(draft("照明电路中开关应当接在哪一根线上?").with(csrf()).with(user(writer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].itemCode").value(org.hamcrest.Matchers.not(hasItem(existing.code().value()))));
    }

    @Test
    void theChosen鉴定点ListsItsItemsClosestInWordingEvenWhenReworded() throws Exception {
        // Reworded beyond what near-duplicate detection proves (疑似改写 at most): the 鉴定点's items show it.
        String reworded = "用兆欧表摇测设备绝缘以前, 设备必须是什么状态?";
        mvc.perform(draft(reworded).with(csrf()).with(user(writer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("疑似改写"))));
        mvc.perform(draft("/items/neighbour-hints", reworded)
                        .param("knowledgePointId", String.valueOf(existing.knowledgePointId())).with(csrf()).with(user(writer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].itemCode").value(existing.code().value()))
                .andExpect(jsonPath("$[0].snippet").value(org.hamcrest.Matchers.containsString("<mark>")))
                .andExpect(jsonPath("$[0].href").value("/items/" + existing.id() + "/manage"));
        // No 鉴定点 chosen yet: nothing to list; reviewers do not use the editor.
        mvc.perform(post("/items/neighbour-hints").param("treeId", String.valueOf(tree.id())).param("stem", reworded)
                .with(csrf()).with(user(writer))).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/items/neighbour-hints").param("treeId", String.valueOf(tree.id())).param("stem", reworded)
                .param("knowledgePointId", String.valueOf(existing.knowledgePointId()))
                .with(csrf()).with(user(fixtures.user(Role.REVIEWER, institution)))).andExpect(status().isForbidden());
    }

    @Test
    void onlyWritersAskAndTheCsrfTokenIsRequired() throws Exception {
        for (Role role : List.of(Role.REVIEWER, Role.EXAM_ADMIN, Role.INSPECTOR)) {
            mvc.perform(draft(STEM).with(csrf()).with(user(fixtures.user(role, institution)))).andExpect(status().isForbidden());
        }
        mvc.perform(draft(STEM).with(user(writer))).andExpect(redirectedUrl("/login?expired"));
        QbankUser elsewhere = fixtures.user(Role.ITEM_WRITER, fixtures.institution());
        mvc.perform(draft(STEM).with(csrf()).with(user(elsewhere))).andExpect(status().is4xxClientError());
        mvc.perform(post("/items/duplicate-hints").param("stem", STEM).with(csrf()).with(user(writer)))
                .andExpect(status().isUnprocessableEntity());
    }
}
