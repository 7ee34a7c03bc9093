package org.qbank.bank.review;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.CreateItem;
import org.qbank.bank.item.Difficulty;
import org.qbank.bank.item.EditItem;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemTestData;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.Score;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.user.CreateUser;
import org.qbank.bank.user.UserInfo;
import org.qbank.bank.user.UserService;
import org.springframework.stereotype.Component;

/** Real accounts, submitted items and helpers for review tests; every call makes fresh rows. */
@Component
public class ReviewFixtures {

    private static final Actor SYSTEM = Actor.system("review-test", Set.of());

    private final UserService users;
    private final ItemService items;
    private final ItemTestData data;

    ReviewFixtures(UserService users, ItemService items, ItemTestData data) {
        this.users = users;
        this.items = items;
        this.data = data;
    }

    public long institution() {
        return data.institution();
    }

    public Occupation occupation() {
        return data.occupation();
    }

    /** A REVIEWER account of the institution with the given qualification; extra roles optional. */
    public Actor expert(long institution, String name, Level level, String title, Role... extra) {
        Set<Role> roles = new java.util.HashSet<>(Set.of(extra));
        roles.add(Role.REVIEWER);
        UserInfo u = users.create(SYSTEM, new CreateUser("r" + UUID.randomUUID().toString().substring(0, 12), name,
                "{noop}x", roles, Set.of(institution), level, title));
        return new Actor(u.id(), u.username(), u.roles(), u.institutionIds());
    }

    public static Actor admin(long institution) {
        return ItemTestData.actor(institution, Role.EXAM_ADMIN);
    }

    public static Actor writer(long institution) {
        return ItemTestData.actor(institution, Role.ITEM_WRITER);
    }

    /** A submitted single-choice item at the level and subject given. */
    public ItemView submitted(Actor writer, long institution, Occupation occupation, Level level, Subject subject, String stem) {
        ItemView v = items.create(writer, new CreateItem(institution, null, occupation.getId(), null, level, subject,
                ItemType.SINGLE_CHOICE, data.point(institution, occupation, level, subject, 0), null, "自建", null, single(stem),
                "新建"));
        return items.submit(writer, v.id(), 1);
    }

    /** The writer's revised version of an item sent back (修改后通过), submitted. */
    public ItemView revise(Actor writer, long itemId, String newStem) {
        ItemView now = items.get(writer, itemId);
        ItemView edited = items.edit(writer, new EditItem(itemId, now.lockVersion(), single(newStem), "按专家意见修改"));
        return items.submit(writer, itemId, edited.latest().number());
    }

    public static ItemContent single(String stem) {
        return ItemContent.choice(stem, List.of(ChoiceOption.of("A", "甲"), ChoiceOption.of("B", "乙"),
                ChoiceOption.of("C", "丙"), ChoiceOption.of("D", "丁")), "B", Difficulty.of(3), Score.of("1"));
    }

    public static List<Long> ids(Actor... actors) {
        return java.util.Arrays.stream(actors).map(Actor::userId).toList();
    }
}
