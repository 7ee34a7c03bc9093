package org.qbank.portal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

/**
 * Requests no controller took (unknown path, wrong method, wrong content type, an upload over the size limit).
 * Under {@code /api/}, and for the editor's uploads that ask for JSON, they get the API's problem+json like every
 * other error; elsewhere the Chinese error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnroutedRequestAdvice {

    private final ObjectMapper json;
    private final MultipartProperties multipart;

    UnroutedRequestAdvice(ObjectMapper json, MultipartProperties multipart) {
        this.json = json;
        this.multipart = multipart;
    }

    /**
     * The servlet container refuses an upload over {@code spring.servlet.multipart} before any controller runs; the
     * user learns the limits instead of a bare status page.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        return respond(request, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "上传的文件过大: 单个文件不超过 "
                + size(multipart.getMaxFileSize()) + ", 一次上传合计不超过 " + size(multipart.getMaxRequestSize())
                + "。请压缩或拆分后重新上传, 已有数据未作任何改动。");
    }

    private static String size(DataSize size) {
        return size.toKilobytes() % 1024 == 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
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
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") || wantsJson(request)) {
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
        mav.addObject("message", detail);
        return mav;
    }

    /** The pages' own scripts (image upload, live checks) ask for JSON and read the reason from it. */
    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE) && !accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
