package org.qbank.portal.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import org.qbank.bank.access.Actor;
import org.qbank.bank.review.ResourceCount;
import org.qbank.bank.review.ResourceInventory;
import org.qbank.bank.review.ReviewRoundQueries;
import org.qbank.bank.review.ReviewSheet;
import org.qbank.bank.review.ReviewSheetService;
import org.qbank.bank.review.RoundView;
import org.qbank.tools.filing.CompilationNote;
import org.qbank.tools.filing.CompilationNoteDocument;
import org.qbank.tools.filing.ResourceInfoRows;
import org.qbank.tools.filing.ResourceInfoWorkbook;
import org.qbank.tools.filing.ReviewSheetDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The filing documents: the round's 专家评审意见表, its 试题资源编制说明 (bank data plus what the institution enters),
 * and the institution's 试题资源基本信息 table. bank-core assembles the data, import-tools formats it.
 */
@RestController
class FilingController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReviewSheetService sheets;
    private final ReviewRoundQueries queries;
    private final ResourceInventory inventory;

    FilingController(ReviewSheetService sheets, ReviewRoundQueries queries, ResourceInventory inventory) {
        this.sheets = sheets;
        this.queries = queries;
        this.inventory = inventory;
    }

    @GetMapping("/api/v1/review-rounds/{id}/sheet.docx")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> sheet(Actor actor, @PathVariable long id) throws IOException {
        ReviewSheet sheet = sheets.sheet(actor, id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReviewSheetDocument().write(sheet, out);
        return download(out, DOCX, "专家评审意见表-" + sheet.occupationDisplay() + "-" + id + ".docx");
    }

    @PostMapping("/api/v1/review-rounds/{id}/compilation-note.docx")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
    ResponseEntity<byte[]> compilationNote(Actor actor, @PathVariable long id,
                                           @Valid @RequestBody ReviewRequests.CompilationNoteBody body) throws IOException {
        RoundView round = queries.get(actor, id);
        ReviewSheet sheet = sheets.sheet(actor, id);
        List<CompilationNote.Person> people = new ArrayList<>();
        inventory.writers(actor, round.institutionId(), round.occupationId(), round.workTypeId())
                .forEach(w -> people.add(new CompilationNote.Person("命题专家", w, null, null)));
        round.panel().forEach(m -> people.add(new CompilationNote.Person(m.leader() ? "审题专家(组长)" : "审题专家", m.name(),
                qualification(m.expertLevel(), m.expertTitle()), null)));
        if (body.projectLead() != null && !body.projectLead().isBlank()) {
            people.add(new CompilationNote.Person("项目负责人", body.projectLead().strip(), null, null));
        }
        List<CompilationNote.Count> counts = inventory.approvedCounts(actor, round.institutionId()).stream()
                .filter(c -> c.occupationId() == round.occupationId() && Objects.equals(c.workTypeId(), round.workTypeId()))
                .map(FilingController::count).toList();
        List<CompilationNote.PaperStructure> structures = body.structures() == null ? List.of() : body.structures().stream()
                .map(s -> new CompilationNote.PaperStructure(ReviewRoundController.level(s.level()), s.subject(),
                        s.composition(), s.durationMinutes(), s.mode())).toList();
        CompilationNote note = new CompilationNote(sheet.institutionName(), sheet.occupationDisplay(), sheet.occupationCode(),
                sheet.levels(), body.basis(), body.division(), structures, people, counts, body.usagePeriod(),
                body.updateFrequency(), body.revisionNotes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CompilationNoteDocument().write(note, out);
        return download(out, DOCX, "试题资源编制说明-" + sheet.occupationDisplay() + ".docx");
    }

    @GetMapping("/api/v1/institutions/{institutionId}/filing/resource-info.xlsx")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN', 'PLATFORM_ADMIN', 'INSPECTOR')")
    ResponseEntity<byte[]> resourceInfo(Actor actor, @PathVariable long institutionId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ResourceInfoWorkbook().write(ResourceInfoRows.selfBuilt(inventory.approvedCounts(actor, institutionId)), out);
        return download(out, XLSX, "试题资源基本信息.xlsx");
    }

    private static CompilationNote.Count count(ResourceCount c) {
        return new CompilationNote.Count(c.level(), c.subject(), c.items(),
                c.subject() == org.qbank.bank.common.Subject.SKILL ? "套" : "题");
    }

    private static String qualification(org.qbank.bank.common.Level level, String title) {
        String l = level == null ? "" : level.displayName();
        return title == null || title.isBlank() ? l : l.isEmpty() ? title : l + "，" + title;
    }

    private static ResponseEntity<byte[]> download(ByteArrayOutputStream out, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }
}
