package org.qbank.portal.item;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Texts;
import org.qbank.bank.item.CreateItem;
import org.qbank.bank.item.EditItem;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.ReviewDecision;
import org.qbank.bank.usage.UsageRecorder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Items and their immutable versions: create, edit (a new version, guarded by the lock version), submit, review
 * decisions, retire, history, diff and usage. Items of another institution answer 404.
 */
@RestController
@RequestMapping("/api/v1/items")
class ItemController {

    private static final String WRITERS = "hasAnyRole('ITEM_WRITER', 'INSTITUTION_ADMIN')";
    private static final String DECIDERS = "hasAnyRole('REVIEWER', 'INSTITUTION_ADMIN', 'EXAM_ADMIN')";

    private final ItemService items;
    private final UsageRecorder usage;

    ItemController(ItemService items, UsageRecorder usage) {
        this.items = items;
        this.usage = usage;
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    ResponseEntity<ItemDtos.Item> create(Actor actor, @Valid @RequestBody ItemDtos.CreateRequest r) {
        ItemView created = items.create(actor, new CreateItem(r.institutionId(), Texts.optional(r.code()),
                r.occupationId(), r.workTypeId(), Level.ofNumber(r.level()), r.subject(), r.type(),
                r.knowledgePointId(), r.author() == null ? actor.username() : r.author(), r.source(), r.enemyGroup(),
                r.content().toContent(), r.changeNote()));
        return ResponseEntity.created(URI.create("/api/v1/items/" + created.id())).body(ItemDtos.Item.of(created));
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    ItemDtos.Item get(Actor actor, @PathVariable long id) {
        return ItemDtos.Item.of(items.get(actor, id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITERS)
    ItemDtos.Item edit(Actor actor, @PathVariable long id, @Valid @RequestBody ItemDtos.EditRequest r) {
        return ItemDtos.Item.of(items.edit(actor, new EditItem(id, r.lockVersion(), r.content().toContent(), r.changeNote())));
    }

    @PostMapping("/{id}/versions/{number}/submit")
    @PreAuthorize(WRITERS)
    ItemDtos.Item submit(Actor actor, @PathVariable long id, @PathVariable int number) {
        return ItemDtos.Item.of(items.submit(actor, id, number));
    }

    @PostMapping("/{id}/versions/{number}/approve")
    @PreAuthorize(DECIDERS)
    ItemDtos.Item approve(Actor actor, @PathVariable long id, @PathVariable int number,
                          @Valid @RequestBody(required = false) ItemDtos.DecisionRequest r) {
        return ItemDtos.Item.of(items.approve(actor, new ReviewDecision(id, number, note(r))));
    }

    @PostMapping("/{id}/versions/{number}/send-back")
    @PreAuthorize(DECIDERS)
    ItemDtos.Item sendBack(Actor actor, @PathVariable long id, @PathVariable int number,
                           @Valid @RequestBody ItemDtos.DecisionRequest r) {
        return ItemDtos.Item.of(items.sendBack(actor, new ReviewDecision(id, number, note(r))));
    }

    @PostMapping("/{id}/versions/{number}/reject")
    @PreAuthorize(DECIDERS)
    ItemDtos.Item reject(Actor actor, @PathVariable long id, @PathVariable int number,
                         @Valid @RequestBody ItemDtos.DecisionRequest r) {
        return ItemDtos.Item.of(items.reject(actor, new ReviewDecision(id, number, note(r))));
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize("hasAnyRole('INSTITUTION_ADMIN', 'EXAM_ADMIN')")
    ItemDtos.Item retire(Actor actor, @PathVariable long id, @Valid @RequestBody(required = false) ItemDtos.RetireRequest r) {
        return ItemDtos.Item.of(items.retire(actor, id, r == null ? null : r.reason()));
    }

    /** Every version, oldest first. */
    @GetMapping("/{id}/versions")
    @PreAuthorize("isAuthenticated()")
    List<ItemDtos.Version> history(Actor actor, @PathVariable long id) {
        return items.history(actor, id).stream().map(ItemDtos.Version::of).toList();
    }

    /** Field-level changes between two versions. */
    @GetMapping("/{id}/diff")
    @PreAuthorize("isAuthenticated()")
    ItemDtos.Diff diff(Actor actor, @PathVariable long id, @RequestParam int from, @RequestParam int to) {
        return ItemDtos.Diff.of(items.diff(actor, id, from, to));
    }

    /** Papers, sessions and candidates the item was exposed to. */
    @GetMapping("/{id}/usage")
    @PreAuthorize("isAuthenticated()")
    ItemDtos.Usage usage(Actor actor, @PathVariable long id) {
        ItemView item = items.get(actor, id); // scopes to the actor's institutions first
        return ItemDtos.Usage.of(id, usage.ofItem(item.institutionId(), id));
    }

    private static String note(ItemDtos.DecisionRequest r) {
        return r == null ? null : r.note();
    }
}
