package org.qbank.bank.item;

import org.junit.jupiter.api.BeforeEach;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Item storage tests start each test with a fresh institution and occupation and the three people an item meets:
 * its writer, a reviewer and the institution's administrator (the tests share one database).
 */
@StorageTest
@SpringBootTest(classes = BankCoreTestApplication.class)
abstract class ItemStorageBase {

    @Autowired
    ItemService items;
    @Autowired
    ItemTestData data;
    @Autowired
    TransactionTemplate tx;

    long institution;
    Occupation occupation;
    Actor writer;
    Actor reviewer;
    Actor admin;

    @BeforeEach
    void institutionWithOccupation() {
        institution = data.institution();
        occupation = data.occupation();
        writer = ItemTestData.actor(institution, Role.ITEM_WRITER);
        reviewer = ItemTestData.actor(institution, Role.REVIEWER);
        admin = ItemTestData.actor(institution, Role.INSTITUTION_ADMIN);
    }
}
