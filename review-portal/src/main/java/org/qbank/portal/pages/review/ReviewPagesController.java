package org.qbank.portal.pages.review;

import java.util.List;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.review.ReviewReason;
import org.qbank.bank.review.ReviewRoundService;
import org.qbank.bank.review.RoundItemDetail;
import org.qbank.bank.review.RoundItemMark;
import org.qbank.bank.review.RoundItemState;
import org.qbank.bank.review.RoundView;
import org.qbank.bank.review.SubmitVerdict;
import org.qbank.bank.review.Verdict;
import org.qbank.portal.pages.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The expert's pages: 我的评审, a round's items with progress per level, and the item-by-item review with its
 * verdict form. Independence of verdicts is bank-core's: an expert's page shows their own verdict, and the
 * others' only once the leader has concluded the item.
 */
@Controller
@PreAuthorize("hasRole('REVIEWER')")
class ReviewPagesController {

    private final RoundPages pages;
    private final ReviewRoundService rounds;

    ReviewPagesController(RoundPages pages, ReviewRoundService rounds) {
        this.pages = pages;
        this.rounds = rounds;
    }

    @GetMapping("/reviews")
    String mine(Actor actor, Model model) {
        model.addAttribute("rounds", pages.mine(actor));
        return "pages/review/list";
    }

    @GetMapping("/reviews/{id}")
    String round(Actor actor, @PathVariable long id, Model model) {
        RoundView round = pages.round(actor, id);
        List<RoundItemMark> items = pages.marks(actor, id);
        model.addAttribute("round", round);
        model.addAttribute("occupation", pages.occupation(round));
        model.addAttribute("items", items);
        model.addAttribute("progress", LevelProgress.of(round, pages.progress(actor, id)));
        model.addAttribute("leader", RoundPages.isLeader(round, actor));
        model.addAttribute("next", items.stream().filter(m -> open(m)).findFirst().orElse(null));
        return "pages/review/round";
    }

    @GetMapping("/reviews/{id}/items/{itemId}")
    String item(Actor actor, @PathVariable long id, @PathVariable long itemId, Model model) {
        return itemPage(actor, id, itemId, model, null, Set.of(), null, FieldErrors.none());
    }

    @PostMapping("/reviews/{id}/items/{itemId}/verdict")
    ModelAndView verdict(Actor actor, @PathVariable long id, @PathVariable long itemId,
                         @RequestParam(required = false) Verdict verdict,
                         @RequestParam(required = false) Set<ReviewReason> reasons,
                         @RequestParam(required = false) String comment, Model model) {
        Set<ReviewReason> chosen = reasons == null ? Set.of() : reasons;
        try {
            rounds.submitVerdict(actor, new SubmitVerdict(id, itemId, verdict, chosen, comment));
        } catch (RuleViolationException e) {
            return failed(itemPage(actor, id, itemId, model, verdict, chosen, comment, FieldErrors.of(e)), model,
                    HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
            return failed(itemPage(actor, id, itemId, model, verdict, chosen, comment, FieldErrors.none()), model,
                    HttpStatus.CONFLICT);
        }
        List<RoundItemMark> items = pages.marks(actor, id);
        // On to the next item still waiting for this expert: after the current one, then from the top.
        int at = indexOf(items, itemId);
        for (int step = 1; step <= items.size(); step++) {
            RoundItemMark d = items.get((at + step) % items.size());
            if (open(d)) {
                return new ModelAndView("redirect:/reviews/" + id + "/items/" + d.item().itemId() + "?saved=" + itemId);
            }
        }
        return new ModelAndView("redirect:/reviews/" + id + "?done");
    }

    private String itemPage(Actor actor, long id, long itemId, Model model, Verdict verdict, Set<ReviewReason> reasons,
                            String comment, FieldErrors errors) {
        RoundView round = pages.round(actor, id);
        List<RoundItemMark> items = pages.marks(actor, id);
        RoundItemDetail detail = pages.item(actor, id, itemId);
        ItemView item = pages.itemOf(actor, itemId);
        int at = indexOf(items, itemId);
        model.addAttribute("round", round);
        model.addAttribute("occupation", pages.occupation(round));
        model.addAttribute("d", detail);
        model.addAttribute("item", item);
        model.addAttribute("position", at + 1);
        model.addAttribute("count", items.size());
        model.addAttribute("prev", at > 0 ? items.get(at - 1).item().itemId() : null);
        model.addAttribute("next", at < items.size() - 1 ? items.get(at + 1).item().itemId() : null);
        model.addAttribute("progress", LevelProgress.of(round, pages.progress(actor, id)));
        model.addAttribute("leader", RoundPages.isLeader(round, actor));
        model.addAttribute("duplicates", pages.duplicates(actor, round, detail, item));
        model.addAttribute("neighbours", pages.neighbours(actor, round, detail, item));
        model.addAttribute("others", detail.item().state() == RoundItemState.PENDING ? null
                : pages.verdictsIfVisible(actor, id, detail));
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("reasons", ReviewReason.values());
        model.addAttribute("chosenVerdict", verdict);
        model.addAttribute("chosenReasons", reasons);
        model.addAttribute("comment", comment);
        model.addAttribute("errors", errors);
        return "pages/review/item";
    }

    private static ModelAndView failed(String view, Model model, HttpStatus status) {
        ModelAndView mav = new ModelAndView(view, model.asMap());
        mav.setStatus(status);
        return mav;
    }

    /** Waiting for this expert: no verdict of theirs, and the panel has not concluded it. */
    private static boolean open(RoundItemMark d) {
        return d.myVerdict() == null && d.item().state() == RoundItemState.PENDING;
    }

    private static int indexOf(List<RoundItemMark> items, long itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).item().itemId() == itemId) {
                return i;
            }
        }
        return 0;
    }
}
