package org.qbank.portal.item;

import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.item.ItemDiff;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemVersionView;
import org.qbank.bank.item.ItemView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Page: one item with its latest and approved content, its versions and a field-level diff of any two.
 * Confidential: served with {@code Cache-Control: no-store} (see ConfidentialPageHeaders).
 */
@Controller
class ItemPages {

    private final ItemService items;

    ItemPages(ItemService items) {
        this.items = items;
    }

    @GetMapping("/items/{id}")
    @PreAuthorize("isAuthenticated()")
    String item(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer from,
                @RequestParam(required = false) Integer to, Model model) {
        ItemView item = items.get(actor, id);
        List<ItemVersionView> versions = items.history(actor, id);
        int latest = item.latest().number();
        int right = to == null ? latest : to;
        int left = from == null ? Math.max(1, right - 1) : from;
        if (versions.size() > 1) {
            ItemDiff diff = items.diff(actor, id, left, right);
            model.addAttribute("diff", diff);
        }
        model.addAttribute("item", item);
        model.addAttribute("versions", versions);
        model.addAttribute("from", left);
        model.addAttribute("to", right);
        return "item/view";
    }
}
