package com.negotiationtracker.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Map;

/**
 * The API's OpenAPI description ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}): every operation
 * needs HTTP Basic credentials (or the login session), and every operation can answer the problems every request
 * can meet: 400 for a parameter it cannot use (naming it), 401 without credentials, 403 beyond the user's role,
 * 503 while the store is unreachable. What an operation adds (404, 409, 413, 415, 422) it declares itself.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    public static final String BASIC = "basic";
    public static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI trackerApi() {
        return new OpenAPI()
                .info(new Info().title("Negotiation tracker API").version("1")
                        .description("""
                                Recorded facts of diplomatic negotiations, as of any valid time and any record time. \
                                Roles: READER reads the read models; AUDITOR also the claims' details, the audit \
                                chain and the exports; EDITOR also imports dossiers; ADMIN also replays. Errors are \
                                RFC 9457 problem details naming the parameter, field or entry at fault."""))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("a user of tracker.users, or of the generated credentials file"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** The problems any operation can answer, added to each unless it declares its own for that status. */
    @Bean
    OperationCustomizer commonProblems() {
        return (operation, handler) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            boolean read = handler.hasMethodAnnotation(GetMapping.class);
            Map<String, String> common = Map.of(
                    "400", "a parameter or the body cannot be used; the problem names it (parameter, errors)",
                    "401", "no credentials, or wrong ones" + (read ? "" : "; nothing was recorded"),
                    "403", "the user's role does not allow this" + (read ? "" : "; nothing was recorded"),
                    "503", "the event store is unreachable; retry after the Retry-After seconds");
            common.forEach((status, description) -> responses.computeIfAbsent(status, absent -> problem(description)));
            operation.setResponses(responses);
            return operation;
        };
    }

    public static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details; extension members name what is at fault")
                .addProperty("type", new StringSchema().format("uri")
                        .example("urn:negotiation-tracker:problem:invalid-parameter"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("parameter", new StringSchema().description("the request parameter at fault"))
                .addProperty("errors", new Schema<>().type("array")
                        .description("a rejected dossier's errors, each naming its entry and field"));
    }
}
