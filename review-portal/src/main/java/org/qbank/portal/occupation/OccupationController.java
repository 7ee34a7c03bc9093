package org.qbank.portal.occupation;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.qbank.bank.access.Actor;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationInfo;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.occupation.WorkTypeInfo;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The national occupation catalogue: read by everyone signed in, extended by a platform administrator. */
@RestController
@RequestMapping("/api/v1/occupations")
class OccupationController {

    private final OccupationService catalog;

    OccupationController(OccupationService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<OccupationResponse> list() {
        return catalog.list().stream().map(OccupationResponse::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    OccupationResponse get(@PathVariable long id) {
        return OccupationResponse.of(catalog.info(id));
    }

    @PostMapping
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    ResponseEntity<OccupationResponse> create(Actor actor, @Valid @RequestBody CreateOccupationRequest request) {
        OccupationResponse created = OccupationResponse.of(
                catalog.create(actor, OccupationCode.of(request.code()), request.name()));
        return ResponseEntity.created(URI.create("/api/v1/occupations/" + created.id())).body(created);
    }

    @GetMapping("/{id}/work-types")
    @PreAuthorize("isAuthenticated()")
    List<WorkTypeResponse> workTypes(@PathVariable long id) {
        return catalog.workTypes(id).stream().map(WorkTypeResponse::of).toList();
    }

    @PostMapping("/{id}/work-types")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    ResponseEntity<WorkTypeResponse> addWorkType(Actor actor, @PathVariable long id,
                                                 @Valid @RequestBody CreateWorkTypeRequest request) {
        WorkTypeResponse created = WorkTypeResponse.of(catalog.addWorkType(actor, id, request.name()));
        return ResponseEntity.created(URI.create("/api/v1/occupations/" + id + "/work-types")).body(created);
    }

    /** {@code code}: 职业编码 N-NN-NN-NN. */
    record CreateOccupationRequest(@NotBlank(message = "职业编码不能为空") String code,
                                   @NotBlank(message = "职业名称不能为空") @Size(max = 100) String name) {
    }

    record CreateWorkTypeRequest(@NotBlank(message = "工种名称不能为空") @Size(max = 100) String name) {
    }

    record OccupationResponse(long id, String code, String name) {
        static OccupationResponse of(OccupationInfo o) {
            return new OccupationResponse(o.id(), o.code(), o.name());
        }
    }

    record WorkTypeResponse(long id, long occupationId, String name) {
        static WorkTypeResponse of(WorkTypeInfo w) {
            return new WorkTypeResponse(w.id(), w.occupationId(), w.name());
        }
    }
}
