package org.qbank.bank.occupation;

/** Read model of an occupation (职业) of the national catalogue. */
public record OccupationInfo(long id, String code, String name) {

    static OccupationInfo of(Occupation o) {
        return new OccupationInfo(o.getId(), o.getCode().value(), o.getName());
    }
}
