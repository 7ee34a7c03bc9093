package org.qbank.portal.item;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.CreateItem;
import org.qbank.bank.item.Difficulty;
import org.qbank.bank.item.EditItem;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.Score;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class ItemPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ItemService items;

    @Test
    void theItemPageShowsContentHistoryAndTheDiffAndIsNeverStored() throws Exception {
        long a = fixtures.institution();
        QbankUser writer = fixtures.user(Role.ITEM_WRITER, a);
        var occupation = fixtures.occupation();
        ItemView item = items.create(writer.actor(), new CreateItem(a, null, occupation.id(), null, Level.THREE,
                Subject.THEORY, ItemType.SINGLE_CHOICE, fixtures.point(a, occupation.code()), null, "自建", null,
                choice("交流电的频率单位是"), "新建"));
        items.edit(writer.actor(), new EditItem(item.id(), item.lockVersion(), choice("我国工频交流电的频率单位是"), "改题干"));

        mvc.perform(get("/items/" + item.id()).with(user(writer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store, private"))
                .andExpect(content().string(containsString("我国工频交流电的频率单位是")))
                .andExpect(content().string(containsString("版本比较")))
                .andExpect(content().string(containsString("交流电的频率单位是")))
                .andExpect(content().string(containsString("改题干")));
    }

    @Test
    void anotherInstitutionsItemIsNotFound() throws Exception {
        long a = fixtures.institution();
        QbankUser writer = fixtures.user(Role.ITEM_WRITER, a);
        var occupation = fixtures.occupation();
        ItemView item = items.create(writer.actor(), new CreateItem(a, null, occupation.id(), null, Level.THREE,
                Subject.THEORY, ItemType.SINGLE_CHOICE, fixtures.point(a, occupation.code()), null, "自建", null, choice("电阻的单位是"), "新建"));

        mvc.perform(get("/items/" + item.id()).with(user(fixtures.user(Role.ITEM_WRITER, fixtures.institution()))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("页面或记录不存在")));
        mvc.perform(get("/items/" + item.id())).andExpect(redirectedUrlPattern("**/login"));
    }

    static ItemContent choice(String stem) {
        return ItemContent.choice(stem, List.of(ChoiceOption.of("A", "赫兹"), ChoiceOption.of("B", "伏特"),
                ChoiceOption.of("C", "安培"), ChoiceOption.of("D", "欧姆")), "A", Difficulty.of(1), Score.of("1"));
    }
}
