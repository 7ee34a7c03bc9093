package org.qbank.portal.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.qbank.bank.common.Subject;
import org.qbank.bank.review.ReviewReason;
import org.qbank.bank.review.Verdict;

/** Request bodies of the review API. Levels are numbers 5..1 as on certificates. */
final class ReviewRequests {

    private ReviewRequests() {
    }

    record Open(@NotNull Long institutionId, @NotNull Long occupationId, Long workTypeId, @NotEmpty Set<Integer> levels,
                @NotEmpty Set<Subject> subjects, String place, @NotEmpty List<Long> versionIds,
                @NotEmpty List<Long> panelUserIds, @NotNull Long leaderUserId) {
    }

    record Imported(@NotNull Long institutionId, @NotNull Long occupationId, Long workTypeId, String place,
                    @NotEmpty List<String> experts, @NotNull LocalDate date, @NotEmpty List<Long> versionIds) {
    }

    record VerdictBody(@NotNull Verdict verdict, Set<ReviewReason> reasons, String comment) {
    }

    record Conclusion(Verdict verdict, String note) {
    }

    record Note(String note) {
    }

    record SignOff(@NotBlank String opinion) {
    }

    record Close(@NotBlank String conclusion) {
    }

    /** What the 试题资源编制说明 needs beyond the bank's data. */
    record CompilationNoteBody(String basis, String division, List<Structure> structures, String projectLead,
                               String usagePeriod, String updateFrequency, String revisionNotes) {
    }

    record Structure(@NotNull Integer level, @NotNull Subject subject, @NotBlank String composition,
                     Integer durationMinutes, String mode) {
    }
}
