package org.qbank.portal.pages.rounds;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.review.OpenRound;
import org.qbank.bank.review.ReviewRoundQueries;
import org.qbank.bank.review.ReviewRoundService;
import org.qbank.bank.review.RoundView;
import org.qbank.portal.pages.FieldErrors;
import org.qbank.portal.pages.Workplace;
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
 * 评审组织 for exam and institution administrators: the institution's review rounds, opening a round (scope, the
 * items waiting for review, a panel of 3–5 experts with its leader) and a round's header as administrators see
 * it. bank-core decides every rule (panel size, 回避, scope of the versions, qualification warnings); its messages
 * are shown beside the fields they name.
 */
@Controller
@PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
class RoundOpeningController {

    private final ReviewRoundService rounds;
    private final ReviewRoundQueries queries;
    private final KnowledgeTreeService trees;
    private final OccupationService occupations;
    private final WaitingItems waiting;

    RoundOpeningController(ReviewRoundService rounds, ReviewRoundQueries queries, KnowledgeTreeService trees,
                           OccupationService occupations, WaitingItems waiting) {
        this.rounds = rounds;
        this.queries = queries;
        this.trees = trees;
        this.occupations = occupations;
        this.waiting = waiting;
    }

    @GetMapping("/review-rounds")
    String list(Actor actor, Model model) {
        model.addAttribute("rounds", queries.list(actor, Workplace.institutionOf(actor)).stream()
                .map(r -> new Listed(r, occupationOf(r))).toList());
        return "pages/rounds/list";
    }

    /** A round as administrators read it: header, panel with warnings, counts per state, sign-offs. */
    record Listed(RoundView round, String occupation) {
    }

    @GetMapping("/review-rounds/new")
    String create(Actor actor, @RequestParam(required = false) Long scope, Model model) {
        return form(actor, model, scope, new Chosen(null, List.of(), List.of(), null), FieldErrors.none());
    }

    /** What the administrator ticked, kept when the form comes back with errors. */
    record Chosen(String place, List<Long> versionIds, List<Long> panelUserIds, Long leaderUserId) {

        Chosen {
            versionIds = versionIds == null ? List.of() : versionIds;
            panelUserIds = panelUserIds == null ? List.of() : panelUserIds;
        }

        public boolean hasVersion(long id) {
            return versionIds.contains(id);
        }

        public boolean onPanel(long id) {
            return panelUserIds.contains(id);
        }

        public boolean leads(long id) {
            return leaderUserId != null && leaderUserId == id;
        }
    }

    @PostMapping("/review-rounds")
    ModelAndView open(Actor actor, @RequestParam(required = false) Long scope,
                      @RequestParam(required = false) String place,
                      @RequestParam(required = false) List<Long> versionIds,
                      @RequestParam(required = false) List<Long> panelUserIds,
                      @RequestParam(required = false) Long leaderUserId, Model model) {
        Chosen chosen = new Chosen(place, versionIds, panelUserIds, leaderUserId);
        try {
            WaitingItems.Scope s = scope(actor, scope);
            List<Long> versions = chosen.versionIds();
            Set<Subject> subjects = EnumSet.noneOf(Subject.class);
            waiting.of(actor, s).stream().filter(w -> versions.contains(w.versionId())).forEach(w -> subjects.add(w.subject()));
            RoundView opened = rounds.open(actor, new OpenRound(s.institutionId(), s.occupationId(), s.workTypeId(),
                    Set.of(s.level()), subjects.isEmpty() ? s.subjects() : subjects, place, versions,
                    chosen.panelUserIds(), leaderUserId == null ? -1 : leaderUserId));
            return new ModelAndView("redirect:/review-rounds/" + opened.id() + "?opened");
        } catch (RuleViolationException e) {
            ModelAndView mav = new ModelAndView(form(actor, model, scope, chosen, FieldErrors.of(e)), model.asMap());
            mav.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            return mav;
        }
    }

    @GetMapping("/review-rounds/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        RoundView round = queries.get(actor, id);
        model.addAttribute("round", round);
        model.addAttribute("occupation", occupationOf(round));
        return "pages/rounds/show";
    }

    private String form(Actor actor, Model model, Long scopeId, Chosen chosen, FieldErrors errors) {
        long institution = Workplace.institutionOf(actor);
        model.addAttribute("scopes", RoundScopeChoice.of(trees.list(actor, institution)));
        model.addAttribute("scope", scopeId);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        if (scopeId != null) {
            WaitingItems.Scope s = scope(actor, scopeId);
            model.addAttribute("items", waiting.of(actor, s));
            model.addAttribute("experts", queries.panelCandidates(actor, institution, Set.of(s.level())));
        }
        return "pages/rounds/new";
    }

    private WaitingItems.Scope scope(Actor actor, Long scopeId) {
        if (scopeId == null) {
            throw RuleViolationException.of("scope", "请选择评审范围 (职业、工种与等级)");
        }
        return waiting.scope(actor, scopeId);
    }

    private String occupationOf(RoundView r) {
        var o = occupations.info(r.occupationId());
        List<String> parts = new ArrayList<>(List.of(o.name() + " (" + o.code() + ")"));
        if (r.workTypeId() != null) {
            occupations.workTypes(r.occupationId()).stream().filter(w -> w.id() == r.workTypeId().longValue())
                    .findFirst().ifPresent(w -> parts.add(w.name()));
        }
        return String.join(" · ", parts);
    }
}
