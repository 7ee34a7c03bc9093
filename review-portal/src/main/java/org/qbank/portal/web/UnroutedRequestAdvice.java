package org.qbank.portal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

/**
 * Requests no controller took (unknown path, wrong method, wrong content type). Under {@code /api/} they get the
 * API's problem+json like every other error; elsewhere the Chinese error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnroutedRequestAdvice {

    private final ObjectMapper json;

    UnroutedRequestAdvice(ObjectMapper json) {
        this.json = json;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView noSuchPath(HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, "not-found", "没有这个地址: " + request.getRequestURI());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView wrongMethod(HttpServletRequest request, HttpRequestMethodNotSupportedException e) {
        return respond(request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "此地址不支持 " + e.getMethod() + " 请求");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView wrongMediaType(HttpServletRequest request) {
        return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "请求体须为 application/json");
    }

    private ModelAndView respond(HttpServletRequest request, HttpStatus status, String code, String detail) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setProperty("code", code);
            MappingJackson2JsonView view = new MappingJackson2JsonView(json);
            view.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            view.setExtractValueFromSingleKeyModel(true);
            ModelAndView mav = new ModelAndView(view, "problem", problem);
            mav.setStatus(status);
            return mav;
        }
        ModelAndView mav = new ModelAndView("error", status);
        mav.addObject("status", status.value());
        return mav;
    }
}
