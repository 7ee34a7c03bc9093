package org.qbank.portal.review;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.review.ConcludeItem;
import org.qbank.bank.review.ImportedReviews;
import org.qbank.bank.review.ImportedRound;
import org.qbank.bank.review.OpenRound;
import org.qbank.bank.review.ReviewRoundQueries;
import org.qbank.bank.review.ReviewRoundService;
import org.qbank.bank.review.ReviewSheetService;
import org.qbank.bank.review.RoundItemDetail;
import org.qbank.bank.review.RoundItemView;
import org.qbank.bank.review.RoundView;
import org.qbank.bank.review.SheetVerification;
import org.qbank.bank.review.SignLevel;
import org.qbank.bank.review.SignOffView;
import org.qbank.bank.review.SubmitVerdict;
import org.qbank.bank.review.VerdictView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Expert review rounds. Roles gate the endpoints; bank-core decides the rest: only panel members read items and
 * verdicts (and only after their own verdict), only the leader concludes, confirms, signs and closes, and other
 * institutions' rounds answer 404.
 */
@RestController
@RequestMapping("/api/v1/review-rounds")
class ReviewRoundController {

    private final ReviewRoundService rounds;
    private final ReviewRoundQueries queries;
    private final ReviewSheetService sheets;
    private final ImportedReviews imported;

    ReviewRoundController(ReviewRoundService rounds, ReviewRoundQueries queries, ReviewSheetService sheets,
                          ImportedReviews imported) {
        this.rounds = rounds;
        this.queries = queries;
        this.sheets = sheets;
        this.imported = imported;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
    ResponseEntity<RoundView> open(Actor actor, @Valid @RequestBody ReviewRequests.Open r) {
        RoundView v = rounds.open(actor, new OpenRound(r.institutionId(), r.occupationId(), r.workTypeId(), levels(r.levels()),
                r.subjects(), r.place(), r.versionIds(), r.panelUserIds(), r.leaderUserId()));
        return ResponseEntity.created(URI.create("/api/v1/review-rounds/" + v.id())).body(v);
    }

    /** A review done on paper (workbook rows 已审定): a closed round marked as imported. */
    @PostMapping("/imported")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
    ResponseEntity<RoundView> recordImported(Actor actor, @Valid @RequestBody ReviewRequests.Imported r) {
        RoundView v = imported.record(actor, new ImportedRound(r.institutionId(), r.occupationId(), r.workTypeId(),
                r.place(), r.experts(), r.date(), r.versionIds()));
        return ResponseEntity.created(URI.create("/api/v1/review-rounds/" + v.id())).body(v);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<RoundView> list(Actor actor, @RequestParam long institutionId) {
        return queries.list(actor, institutionId);
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    RoundView get(Actor actor, @PathVariable long id) {
        return queries.get(actor, id);
    }

    @GetMapping("/{id}/items")
    @PreAuthorize("hasRole('REVIEWER')")
    List<RoundItemDetail> items(Actor actor, @PathVariable long id) {
        return queries.items(actor, id);
    }

    @GetMapping("/{id}/items/{itemId}/verdicts")
    @PreAuthorize("hasRole('REVIEWER')")
    List<VerdictView> verdicts(Actor actor, @PathVariable long id, @PathVariable long itemId) {
        return queries.verdicts(actor, id, itemId);
    }

    @PostMapping("/{id}/items/{itemId}/verdicts")
    @PreAuthorize("hasRole('REVIEWER')")
    ResponseEntity<VerdictView> submitVerdict(Actor actor, @PathVariable long id, @PathVariable long itemId,
                                              @Valid @RequestBody ReviewRequests.VerdictBody r) {
        VerdictView v = rounds.submitVerdict(actor, new SubmitVerdict(id, itemId, r.verdict(), r.reasons(), r.comment()));
        return ResponseEntity.status(201).body(v);
    }

    @PostMapping("/{id}/items/{itemId}/conclusion")
    @PreAuthorize("hasRole('REVIEWER')")
    RoundItemView conclude(Actor actor, @PathVariable long id, @PathVariable long itemId,
                           @RequestBody(required = false) ReviewRequests.Conclusion r) {
        return rounds.conclude(actor, new ConcludeItem(id, itemId, r == null ? null : r.verdict(), r == null ? null : r.note()));
    }

    @PostMapping("/{id}/items/{itemId}/revision-confirmation")
    @PreAuthorize("hasRole('REVIEWER')")
    RoundItemView confirmRevision(Actor actor, @PathVariable long id, @PathVariable long itemId) {
        return rounds.confirmRevision(actor, id, itemId);
    }

    @PostMapping("/{id}/items/{itemId}/move-to-later-round")
    @PreAuthorize("hasRole('REVIEWER')")
    RoundItemView moveOut(Actor actor, @PathVariable long id, @PathVariable long itemId,
                          @RequestBody(required = false) ReviewRequests.Note r) {
        return rounds.moveToLaterRound(actor, id, itemId, r == null ? null : r.note());
    }

    @PostMapping("/{id}/levels/{level}/sign-off")
    @PreAuthorize("hasRole('REVIEWER')")
    ResponseEntity<SignOffView> sign(Actor actor, @PathVariable long id, @PathVariable int level,
                                     @Valid @RequestBody ReviewRequests.SignOff r) {
        return ResponseEntity.status(201).body(rounds.sign(actor, new SignLevel(id, level(level), r.opinion())));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasRole('REVIEWER')")
    RoundView close(Actor actor, @PathVariable long id, @Valid @RequestBody ReviewRequests.Close r) {
        return rounds.close(actor, id, r.conclusion());
    }

    /** Whether the signed sheet still matches the bank. */
    @GetMapping("/{id}/verification")
    @PreAuthorize("isAuthenticated()")
    SheetVerification verify(Actor actor, @PathVariable long id) {
        return sheets.verify(actor, id);
    }

    static Level level(int number) {
        if (number < 1 || number > 5) {
            throw RuleViolationException.of("level", "等级必须是 5 到 1 之间的数字: " + number);
        }
        return Level.ofNumber(number);
    }

    static Set<Level> levels(Set<Integer> numbers) {
        return numbers.stream().map(ReviewRoundController::level).collect(Collectors.toSet());
    }
}
