package org.qbank.portal.paper;

import jakarta.validation.constraints.NotNull;

/** Which kept 备用卷 to issue. */
record SpareRequest(@NotNull Long paperId) {
}
