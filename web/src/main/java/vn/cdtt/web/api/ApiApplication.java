package vn.cdtt.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API, version 1, at {@code /cdtt/api/v1}. Every call carries a personal access token as
 * {@code Authorization: Bearer cdtt_…} (made on the account page); no session, no cookie.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "CDTT Gia Lai API", version = "1",
                description = "Duty shifts, coverage and trainings of the Community Digital Technology Teams. "
                        + "Authenticate with a personal access token (account page → API tokens) as a Bearer token. "
                        + "Errors are RFC 9457 problem documents (application/problem+json) in the language of "
                        + "Accept-Language (vi by default, en). Lists are paged with page (from 1) and size (at most "
                        + "100); the total is in the answer and in X-Total-Count. Reads carry an ETag: send it back in "
                        + "If-None-Match to get 304 while nothing changed."),
        security = @SecurityRequirement(name = "bearer"),
        tags = {
            @Tag(name = "communes", description = "Communes, their sites and their week of shifts"),
            @Tag(name = "coverage", description = "Seats filled against seats required, per commune and week"),
            @Tag(name = "trainings", description = "Training sessions and the training report"),
            @Tag(name = "me", description = "The calling member's own shifts, trainings, attendance and unavailability")
        })
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "cdtt personal access token",
        description = "A personal access token made on the account page (shown once; valid until its expiry date "
                + "unless revoked)")
public class ApiApplication extends Application {
}
