package org.qbank.portal.institution;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.qbank.bank.access.Actor;
import org.qbank.bank.institution.CreateInstitution;
import org.qbank.bank.institution.InstitutionService;
import org.qbank.bank.institution.RenameInstitution;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 评价机构: everyone reads the institutions they belong to; a platform administrator manages them. */
@RestController
@RequestMapping("/api/v1/institutions")
class InstitutionController {

    private final InstitutionService institutions;

    InstitutionController(InstitutionService institutions) {
        this.institutions = institutions;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<InstitutionResponse> list(Actor actor) {
        return institutions.list(actor).stream().map(InstitutionResponse::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    InstitutionResponse get(Actor actor, @PathVariable long id) {
        return InstitutionResponse.of(institutions.get(actor, id));
    }

    @PostMapping
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    ResponseEntity<InstitutionResponse> create(Actor actor, @Valid @RequestBody CreateInstitutionRequest request) {
        InstitutionResponse created = InstitutionResponse.of(institutions.create(actor,
                new CreateInstitution(request.code(), request.name(), request.kind(), request.filedSite())));
        return ResponseEntity.created(URI.create("/api/v1/institutions/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    InstitutionResponse rename(Actor actor, @PathVariable long id, @Valid @RequestBody RenameInstitutionRequest request) {
        return InstitutionResponse.of(institutions.rename(actor, id,
                new RenameInstitution(request.name(), request.filedSite(), request.version())));
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    InstitutionResponse retire(Actor actor, @PathVariable long id) {
        return InstitutionResponse.of(institutions.retire(actor, id));
    }
}
