package org.qbank.portal.paper;

import jakarta.validation.constraints.NotNull;

/** Which saved blueprint to draw a session's paper from. */
record DrawRequest(@NotNull Long blueprintId) {
}
