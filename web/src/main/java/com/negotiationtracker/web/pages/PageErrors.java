package com.negotiationtracker.web.pages;

import com.negotiationtracker.web.problem.InvalidParameter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page asked with a parameter it cannot use (a kind that does not exist, a malformed digest, a step that is not a
 * number) answers with a page that says which parameter and why, status 400, in the site's layout, instead of the
 * API's JSON problem: the person reading it came from a form or an edited address, not from a script. Ordered before
 * the API's {@link com.negotiationtracker.web.problem.ProblemDetailsAdvice}, and only for the pages' controllers.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    private final SignedInUser signedIn;

    public PageErrors(SignedInUser signedIn) {
        this.signedIn = signedIn;
    }

    @ExceptionHandler(InvalidParameter.class)
    public ModelAndView invalidParameter(InvalidParameter invalid, HttpServletRequest request) {
        Object parameter = invalid.getBody().getProperties() == null ? null
                : invalid.getBody().getProperties().get("parameter");
        return page(request, parameter == null ? null : parameter.toString(), invalid.getBody().getDetail());
    }

    @ExceptionHandler(TypeMismatchException.class)
    public ModelAndView typeMismatch(TypeMismatchException mismatch, HttpServletRequest request) {
        String parameter = mismatch.getPropertyName();
        return page(request, parameter, parameter + " must be " + expected(mismatch) + ", not '"
                + mismatch.getValue() + "'");
    }

    private ModelAndView page(HttpServletRequest request, String parameter, String detail) {
        // the exception handler's model has none of the advice's attributes: the header needs these two
        ModelAndView page = new ModelAndView("bad-request", HttpStatus.BAD_REQUEST);
        String section = request.getRequestURI().startsWith(request.getContextPath() + "/auditor")
                ? "auditor" : "analyst";
        page.addObject("section", section);
        page.addObject("back", "/" + section);
        page.addObject("parameter", parameter);
        page.addObject("detail", detail);
        page.addObject("userName", signedIn.userName());
        page.addObject("mayAudit", signedIn.mayAudit());
        return page;
    }

    private static String expected(TypeMismatchException mismatch) {
        Class<?> type = mismatch.getRequiredType();
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        return type == null ? "of another form" : "a " + type.getSimpleName();
    }
}
