package org.qbank.portal.pages.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.review.ConcludeItem;
import org.qbank.bank.review.ReviewRoundService;
import org.qbank.bank.review.ReviewSheet;
import org.qbank.bank.review.ReviewSheetService;
import org.qbank.bank.review.RoundItemDetail;
import org.qbank.bank.review.RoundView;
import org.qbank.bank.review.SignLevel;
import org.qbank.bank.review.Verdict;
import org.qbank.portal.pages.FieldErrors;
import org.qbank.tools.filing.ReviewSheetDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The group leader's view (组长视图): everyone's verdicts per item, the conclusions, revision confirmations, the
 * per-level sign-off (组长签字), the close with the 评审结论, and the 专家评审意见表 download. Every action is a
 * {@link ReviewRoundService} call, which refuses it to anyone but the leader.
 */
@Controller
class LeaderPagesController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final RoundPages pages;
    private final ReviewRoundService rounds;
    private final ReviewSheetService sheets;

    LeaderPagesController(RoundPages pages, ReviewRoundService rounds, ReviewSheetService sheets) {
        this.pages = pages;
        this.rounds = rounds;
        this.sheets = sheets;
    }

    @GetMapping("/reviews/{id}/lead")
    @PreAuthorize("hasRole('REVIEWER')")
    String lead(Actor actor, @PathVariable long id, Model model) {
        return leadPage(actor, id, model);
    }

    @PostMapping("/reviews/{id}/items/{itemId}/conclusion")
    @PreAuthorize("hasRole('REVIEWER')")
    ModelAndView conclude(Actor actor, @PathVariable long id, @PathVariable long itemId,
                          @RequestParam(required = false) Verdict verdict, @RequestParam(required = false) String note,
                          Model model) {
        return act(actor, id, model, "item-" + itemId, () -> rounds.conclude(actor, new ConcludeItem(id, itemId, verdict, note)));
    }

    @PostMapping("/reviews/{id}/items/{itemId}/revision-confirmation")
    @PreAuthorize("hasRole('REVIEWER')")
    ModelAndView confirm(Actor actor, @PathVariable long id, @PathVariable long itemId, Model model) {
        return act(actor, id, model, "item-" + itemId, () -> rounds.confirmRevision(actor, id, itemId));
    }

    @PostMapping("/reviews/{id}/items/{itemId}/move-to-later-round")
    @PreAuthorize("hasRole('REVIEWER')")
    ModelAndView moveOut(Actor actor, @PathVariable long id, @PathVariable long itemId,
                         @RequestParam(required = false) String note, Model model) {
        return act(actor, id, model, "item-" + itemId, () -> rounds.moveToLaterRound(actor, id, itemId, note));
    }

    @PostMapping("/reviews/{id}/levels/{level}/sign-off")
    @PreAuthorize("hasRole('REVIEWER')")
    ModelAndView sign(Actor actor, @PathVariable long id, @PathVariable int level,
                      @RequestParam(required = false) String opinion, Model model) {
        if (level < 1 || level > 5) {
            throw RuleViolationException.of("level", "等级必须是 5 到 1 之间的数字: " + level);
        }
        return act(actor, id, model, "level-" + level,
                () -> rounds.sign(actor, new SignLevel(id, Level.ofNumber(level), opinion)));
    }

    @PostMapping("/reviews/{id}/close")
    @PreAuthorize("hasRole('REVIEWER')")
    ModelAndView close(Actor actor, @PathVariable long id, @RequestParam(required = false) String conclusion,
                       Model model) {
        return act(actor, id, model, "close", () -> rounds.close(actor, id, conclusion));
    }

    /** The 专家评审意见表 as .docx, for the panel and the institution's overseers (bank-core decides who). */
    @GetMapping("/reviews/{id}/sheet.docx")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> sheet(Actor actor, @PathVariable long id) throws IOException {
        ReviewSheet sheet = sheets.sheet(actor, id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReviewSheetDocument().write(sheet, out);
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("专家评审意见表-" + sheet.occupationDisplay() + "-" + id + ".docx",
                                java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    /** Runs one leader action; a refusal comes back on the leader's page beside the part it concerns. */
    private ModelAndView act(Actor actor, long id, Model model, String anchor, Runnable action) {
        try {
            action.run();
            return new ModelAndView("redirect:/reviews/" + id + "/lead#" + anchor);
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FieldErrors.of(e));
            model.addAttribute("errorAt", anchor);
            return failed(actor, id, model, HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (ConflictException e) {
            model.addAttribute("errors", FieldErrors.of(List.of(new RuleViolationException.Violation(null, e.getMessage()))));
            model.addAttribute("errorAt", anchor);
            return failed(actor, id, model, HttpStatus.CONFLICT);
        }
    }

    private ModelAndView failed(Actor actor, long id, Model model, HttpStatus status) {
        ModelAndView mav = new ModelAndView(leadPage(actor, id, model), model.asMap());
        mav.setStatus(status);
        return mav;
    }

    private String leadPage(Actor actor, long id, Model model) {
        RoundView round = pages.round(actor, id);
        RoundPages.requireLeader(round, actor);
        List<RoundItemDetail> items = pages.items(actor, id);
        model.addAttribute("round", round);
        model.addAttribute("occupation", pages.occupation(round));
        model.addAttribute("rows", items.stream()
                .map(d -> new LeaderItem(d, pages.verdictsIfVisible(actor, id, d), round.panel().size())).toList());
        List<LevelProgress> progress = LevelProgress.of(round, items);
        model.addAttribute("progress", progress);
        model.addAttribute("allSigned", progress.stream().allMatch(LevelProgress::signed));
        model.addAttribute("verdicts", Verdict.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FieldErrors.none());
            model.addAttribute("errorAt", null);
        }
        return "pages/review/lead";
    }
}
