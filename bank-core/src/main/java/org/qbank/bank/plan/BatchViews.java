package org.qbank.bank.plan;

import java.util.List;

import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.occupation.OccupationService;
import org.springframework.stereotype.Component;

/** Maps the aggregate to its read records. */
@Component
class BatchViews {

    private final OccupationService occupations;

    BatchViews(OccupationService occupations) {
        this.occupations = occupations;
    }

    BatchView view(Batch b) {
        Occupation o = occupations.get(b.getOccupationId());
        String workType = workType(b);
        List<SessionView> sessions = b.getSessions().stream().map(s -> session(b, o, workType, s)).toList();
        return new BatchView(b.getId(), b.getInstitutionId(), b.getCode(), o.getCode().value(), o.getName(),
                workType, b.getLevels(), b.getSubjects(), b.getState(), b.getVersion(), b.getCreatedAt(), sessions);
    }

    SessionView session(Batch b, ExamSession s) {
        return session(b, occupations.get(b.getOccupationId()), workType(b), s);
    }

    private String workType(Batch b) {
        return b.getWorkTypeId() == null ? null : occupations.getWorkType(b.getWorkTypeId()).getName();
    }

    private static SessionView session(Batch b, Occupation o, String workType, ExamSession s) {
        SessionDetails d = s.details();
        return new SessionView(s.getId(), b.getId(), b.getCode(), b.getInstitutionId(), o.getCode().value(),
                workType, d.code(), d.startsAt(), d.durationMinutes(), d.room(), d.candidates(), d.level(),
                d.subject(), d.mode(), d.workstations(), b.getState(), s.getAttended());
    }
}
