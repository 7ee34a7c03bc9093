package org.qbank.portal.paper;

import jakarta.validation.constraints.NotBlank;

/** Why a paper is voided (its item set stays refused for ever). */
record VoidRequest(@NotBlank String reason) {
}
