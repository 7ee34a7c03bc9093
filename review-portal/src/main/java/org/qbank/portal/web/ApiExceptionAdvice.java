package org.qbank.portal.web;

import java.util.List;
import java.util.Map;

import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.DomainException;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's one error mapping: every failure becomes {@code application/problem+json} with a stable
 * {@code code} property; rule violations and invalid input also list {@code violations:[{field,message}]}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e);
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, e);
        p.setProperty("violations", e.violations().stream().map(v -> violation(v.field(), v.message())).toList());
        return p;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, e);
    }

    /** {@code @PreAuthorize} refusals: same shape as the filter chain's 403. */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail roleDenied(org.springframework.security.access.AccessDeniedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "当前角色无权执行此操作");
        p.setProperty("code", "access-denied");
        return p;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail otherDomainError(DomainException e) {
        return problem(HttpStatus.BAD_REQUEST, e);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> violations = e.getBindingResult().getFieldErrors().stream()
                .map(f -> violation(f.getField(), message(f))).toList();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "输入有误: " + violations.stream()
                .map(v -> v.get("field") + " " + v.get("message")).reduce((a, b) -> a + "; " + b).orElse(""));
        p.setProperty("code", "invalid-input");
        p.setProperty("violations", violations);
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求体不是有效的 JSON, 或字段类型不符");
        p.setProperty("code", "malformed-json");
        return ResponseEntity.badRequest().body(p);
    }

    /** Spring MVC's own errors (wrong method, missing parameter, type mismatch…) get a code too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail p && (p.getProperties() == null || !p.getProperties().containsKey("code"))) {
            p.setProperty("code", "http-" + status.value());
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static ProblemDetail problem(HttpStatus status, DomainException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        p.setProperty("code", e.code());
        if (e.field() != null) {
            p.setProperty("field", e.field());
        }
        return p;
    }

    private static Map<String, String> violation(String field, String message) {
        return field == null ? Map.of("message", message) : Map.of("field", field, "message", message);
    }

    private static String message(FieldError f) {
        return f.getDefaultMessage() == null ? "无效" : f.getDefaultMessage();
    }
}
