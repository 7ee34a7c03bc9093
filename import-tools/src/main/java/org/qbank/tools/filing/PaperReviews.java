package org.qbank.tools.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.qbank.bank.access.Actor;
import org.qbank.bank.item.ItemCode;
import org.qbank.bank.item.ItemBulkReader;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.review.ImportedReviews;
import org.qbank.bank.review.ImportedRound;
import org.qbank.bank.review.RoundView;
import org.qbank.tools.importing.ImportedReview;
import org.qbank.tools.importing.ParsedBank;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the paper reviews of a stored workbook (rows 状态 已审定 with 审定专家 and 审定日期) as imported review
 * rounds: one round per occupation / work type, expert list and date, over the rows' current approved versions.
 * Versions already covered by a round (a re-import) are left alone. Call it after the bank is stored, in the same
 * transaction.
 */
@Service
public class PaperReviews {

    private static final int CHUNK = 1000;

    private final ItemBulkReader items;
    private final ImportedReviews reviews;

    PaperReviews(ItemBulkReader items, ImportedReviews reviews) {
        this.items = items;
        this.reviews = reviews;
    }

    private record Key(long occupationId, Long workTypeId, List<String> experts, LocalDate date) {
    }

    @Transactional
    public List<RoundView> record(Actor actor, long institutionId, ParsedBank bank) {
        List<Row> reviewed = Stream.concat(bank.theoryItems().stream().map(i -> new Row(i.code(), i.review())),
                        bank.skillTasks().stream().map(t -> new Row(t.code(), t.review())))
                .filter(r -> r.review() != null && r.code() != null).toList();
        Map<String, ItemView> stored = new HashMap<>();
        for (int i = 0; i < reviewed.size(); i += CHUNK) {
            // Read a thousand codes at a time: a workbook may hold tens of thousands of reviewed rows.
            items.byCodes(actor, institutionId, reviewed.subList(i, Math.min(reviewed.size(), i + CHUNK)).stream()
                    .map(Row::code).toList()).forEach(r -> stored.put(r.item().code().value(), r.item()));
        }
        Map<Key, List<Long>> groups = new LinkedHashMap<>();
        for (Row r : reviewed) {
            ItemView item = stored.get(ItemCode.of(r.code()).value());
            if (item != null && item.current() != null && item.current().status() == ItemStatus.APPROVED) {
                groups.computeIfAbsent(new Key(item.occupationId(), item.workTypeId(), r.review().experts(),
                        r.review().date()), k -> new ArrayList<>()).add(item.current().id());
            }
        }
        List<RoundView> rounds = new ArrayList<>();
        groups.forEach((k, versionIds) -> {
            List<Long> fresh = reviews.notYetReviewed(actor, institutionId, versionIds);
            if (!fresh.isEmpty()) {
                rounds.add(reviews.record(actor, new ImportedRound(institutionId, k.occupationId(), k.workTypeId(), null,
                        k.experts(), k.date(), fresh)));
            }
        });
        return rounds;
    }

    private record Row(String code, ImportedReview review) {
    }
}
