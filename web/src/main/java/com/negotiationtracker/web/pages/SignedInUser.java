package com.negotiationtracker.web.pages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Collection;

/**
 * Who is signed in, for the pages' header: the name, and whether the auditor's page is open to them, so that a reader
 * is not offered a link that would only be refused. The roles imply one another as the security configuration's
 * hierarchy says (an admin is an auditor too).
 */
@ControllerAdvice(basePackageClasses = SignedInUser.class)
public class SignedInUser {

    static final String AUDITOR = "ROLE_AUDITOR";

    private final ObjectProvider<RoleHierarchy> roles;

    public SignedInUser(ObjectProvider<RoleHierarchy> roles) {
        this.roles = roles;
    }

    /** The signed-in user's name, or null for a visitor. */
    @ModelAttribute("userName")
    public String userName() {
        Authentication user = user();
        return user == null ? null : user.getName();
    }

    @ModelAttribute("mayAudit")
    public boolean mayAudit() {
        Authentication user = user();
        if (user == null) {
            return false;
        }
        RoleHierarchy hierarchy = roles.getIfAvailable();
        Collection<? extends GrantedAuthority> held = hierarchy == null ? user.getAuthorities()
                : hierarchy.getReachableGrantedAuthorities(user.getAuthorities());
        return held.stream().anyMatch(authority -> AUDITOR.equals(authority.getAuthority()));
    }

    private static Authentication user() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated() ? null : user;
    }
}
