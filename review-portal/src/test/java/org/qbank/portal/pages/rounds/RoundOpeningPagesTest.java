package org.qbank.portal.pages.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.review.ReviewRoundQueries;
import org.qbank.bank.review.RoundView;
import org.qbank.bank.user.GrantAccess;
import org.qbank.bank.user.UserInfo;
import org.qbank.bank.user.UserService;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class RoundOpeningPagesTest {

    private static final Actor SYSTEM = Actor.system("test", Set.of());

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ItemService items;
    @Autowired
    UserService users;
    @Autowired
    ReviewRoundQueries queries;

    long institution;
    QbankUser examAdmin;
    QbankUser writer;
    KnowledgeTreeView tree;
    List<ItemView> waiting;
    UserInfo senior;
    UserInfo second;
    UserInfo third;

    @BeforeEach
    void itemsWaitingAndExperts() {
        institution = fixtures.institution();
        examAdmin = fixtures.user(Role.EXAM_ADMIN, institution);
        writer = fixtures.user(Role.ITEM_WRITER, institution);
        tree = fixtures.smallBank(examAdmin.actor(), institution);
        waiting = fixtures.submittedItems(tree, writer.actor(), "带电作业前首先应当做什么?", "发现有人触电, 第一步应当怎样处理?");
        senior = users.qualify(SYSTEM, fixtures.account(Role.REVIEWER, institution).id(), Level.ONE, "高级工程师");
        second = users.qualify(SYSTEM, fixtures.account(Role.REVIEWER, institution).id(), Level.TWO, null);
        third = fixtures.account(Role.REVIEWER, institution);
    }

    private MockHttpServletRequestBuilder open(List<ItemView> versions, List<UserInfo> panel, UserInfo leader) {
        MockHttpServletRequestBuilder r = post("/review-rounds").param("scope", String.valueOf(tree.id()))
                .param("place", "第三会议室");
        versions.forEach(v -> r.param("versionIds", String.valueOf(v.latest().id())));
        panel.forEach(u -> r.param("panelUserIds", String.valueOf(u.id())));
        if (leader != null) {
            r.param("leaderUserId", String.valueOf(leader.id()));
        }
        return r;
    }

    @Test
    void theFormListsTheItemsWaitingForReviewAndTheExpertsWithTheirQualificationWarnings() throws Exception {
        mvc.perform(get("/review-rounds/new").with(user(examAdmin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("电工 (6-31-01-03) · 三级/高级工")))
                .andExpect(content().string(not(containsString("id=\"round-form\""))));
        mvc.perform(get("/review-rounds/new").param("scope", String.valueOf(tree.id())).with(user(examAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(waiting.get(0).code().value())))
                .andExpect(content().string(containsString("带电作业前首先应当做什么?")))
                .andExpect(content().string(containsString("id=\"panel-" + senior.id() + "\"")))
                .andExpect(content().string(containsString("id=\"warning-" + third.id() + "\"")))
                .andExpect(content().string(containsString("未登记等级, 低于评审 三级/高级工 试题所需的 二级/技师及以上")))
                .andExpect(content().string(not(containsString("id=\"warning-" + senior.id() + "\""))))
                .andExpect(content().string(not(containsString("id=\"panel-" + writer.actor().userId() + "\""))));
    }

    @Test
    void anAdministratorOpensARoundAndThePanelFindsItUnderMyReviews() throws Exception {
        MvcResult done = mvc.perform(open(waiting, List.of(senior, second, third), senior).with(csrf()).with(user(examAdmin)))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = done.getResponse().getRedirectedUrl();
        assertThat(location).matches("/review-rounds/\\d+\\?opened");
        long id = Long.parseLong(location.replaceAll("\\D+(\\d+).*", "$1"));
        RoundView round = queries.get(examAdmin.actor(), id);
        assertThat(round.panel()).extracting(m -> m.userId()).containsExactly(senior.id(), second.id(), third.id());
        assertThat(round.panel().get(0).leader()).isTrue();
        assertThat(round.place()).isEqualTo("第三会议室");
        assertThat(round.levels()).containsExactly(Level.THREE);
        assertThat(items.get(writer.actor(), waiting.get(1).id()).latest().status()).isEqualTo(ItemStatus.SUBMITTED);

        mvc.perform(get(location).with(user(examAdmin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("评审轮次已开启")))
                .andExpect(content().string(containsString("专家资格提示")))
                .andExpect(content().string(containsString("未登记等级")));
        mvc.perform(get("/review-rounds").with(user(examAdmin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"round-" + id + "\"")));
        mvc.perform(get("/reviews").with(user(fixtures.principal(senior)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第三会议室")))
                .andExpect(content().string(containsString("0 / 2")));
        // The form no longer offers what the round took.
        mvc.perform(get("/review-rounds/new").param("scope", String.valueOf(tree.id())).with(user(examAdmin)))
                .andExpect(content().string(containsString("该范围没有待审试题")));
    }

    @Test
    void bankCoreRulesAnswerBesideTheFieldsAndNothingIsOpened() throws Exception {
        mvc.perform(open(waiting, List.of(senior, second), senior).with(csrf()).with(user(examAdmin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"panel-error\">评审专家组须由 3 至 5 名专家组成, 当前为 2 名")))
                .andExpect(content().string(containsString("value=\"" + second.id() + "\" id=\"panel-" + second.id() + "\" checked")));
        mvc.perform(open(waiting, List.of(senior, second, third), null).with(csrf()).with(user(examAdmin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"leader-error\">组长须是评审专家组成员")));
        mvc.perform(open(List.of(), List.of(senior, second, third), senior).with(csrf()).with(user(examAdmin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"form-errors\"")));

        // 回避: the item's writer, also a reviewer, may not sit on the panel.
        users.grant(SYSTEM, writer.actor().userId(), new GrantAccess(Set.of(Role.ITEM_WRITER, Role.REVIEWER), Set.of(institution)));
        UserInfo writingExpert = users.get(SYSTEM, writer.actor().userId());
        mvc.perform(open(waiting, List.of(senior, second, writingExpert), senior).with(csrf()).with(user(examAdmin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("不能评审自己编写的试题 (回避)")));
        assertThat(queries.list(examAdmin.actor(), institution)).isEmpty();
    }

    @Test
    void onlyExamAndInstitutionAdministratorsOpenRoundsAndOnlyWithCsrf() throws Exception {
        QbankUser institutionAdmin = fixtures.user(Role.INSTITUTION_ADMIN, institution);
        mvc.perform(get("/review-rounds/new").param("scope", String.valueOf(tree.id())).with(user(institutionAdmin)))
                .andExpect(status().isOk());
        mvc.perform(open(waiting, List.of(senior, second, third), senior).with(csrf().useInvalidToken()).with(user(examAdmin)))
                .andExpect(status().isForbidden());
        mvc.perform(open(waiting, List.of(senior, second, third), senior).with(user(examAdmin)))
                .andExpect(redirectedUrl("/login?expired"));
        for (Role role : List.of(Role.ITEM_WRITER, Role.REVIEWER, Role.INSPECTOR, Role.PLATFORM_ADMIN)) {
            QbankUser other = fixtures.user(role, institution);
            mvc.perform(get("/review-rounds").with(user(other))).andExpect(status().isForbidden());
            mvc.perform(get("/review-rounds/new").with(user(other))).andExpect(status().isForbidden());
            mvc.perform(open(waiting, List.of(senior, second, third), senior).with(csrf()).with(user(other)))
                    .andExpect(status().isForbidden());
        }
        assertThat(queries.list(examAdmin.actor(), institution)).isEmpty();
        mvc.perform(open(waiting, List.of(senior, second, third), senior).with(csrf()).with(user(institutionAdmin)))
                .andExpect(status().is3xxRedirection());
        long id = queries.list(examAdmin.actor(), institution).get(0).id();
        QbankUser elsewhere = fixtures.user(Role.EXAM_ADMIN, fixtures.institution());
        mvc.perform(get("/review-rounds/" + id).with(user(elsewhere))).andExpect(status().isNotFound());
        // Another institution's 细目表 is not a scope for this one.
        mvc.perform(get("/review-rounds/new").param("scope", String.valueOf(tree.id())).with(user(elsewhere)))
                .andExpect(status().isNotFound());
    }
}
