package org.qbank.portal.pages.draw;

import java.math.BigDecimal;
import java.util.List;

import org.qbank.assembly.paper.Paper;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.plan.SessionView;

/** A paper with the pinned content of each question, grouped by 题型 in paper order. */
record PaperContent(Paper paper, String occupationName, SessionView session, int durationMinutes,
                    List<Part> parts) {

    record Part(ItemType type, BigDecimal pointsEach, List<Question> questions) {
    }

    record Question(int number, String code, ItemContent content) {
    }
}
