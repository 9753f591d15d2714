package io.heed.server.ads;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.heed.ads.model.AdCatalog;
import io.heed.ads.model.InvalidEntityException;
import io.heed.ads.port.AdminRole;
import io.heed.ads.port.ApiKeyRepository;
import io.heed.server.http.JsonResponses;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Optional;

/**
 * The admin API for advertisers, campaigns, creatives and placements, behind API keys
 * ({@code Authorization: Bearer KEY} or {@code X-Api-Key: KEY}; keys are stored as SHA-256 hashes, created with
 * {@code heed ads key}). {@code GET /v1/admin/ENTITY} lists (role viewer or admin); {@code PUT /v1/admin/ENTITY/ID}
 * creates or replaces (role admin), validates (400 naming the field), stores, and reloads the serving catalog, so
 * the change serves at once. No key or an unknown key: 401; a viewer writing: 403. All counted.
 */
public final class AdminRoutes {
    private static final String ENTITIES = "advertisers|campaigns|creatives|placements";
    private final AdsContext ads;

    public AdminRoutes(AdsContext ads) {
        this.ads = ads;
    }

    public void mount(Router router) {
        router.getWithRegex("/v1/admin/(" + ENTITIES + ")").blockingHandler(this::list, false);
        router.putWithRegex("/v1/admin/(" + ENTITIES + ")/([^/]+)")
                .handler(BodyHandler.create(false).setBodyLimit(256 * 1024))
                .blockingHandler(this::put, false);
    }

    private boolean authorised(RoutingContext ctx, AdminRole needed) {
        String auth = ctx.request().getHeader("Authorization");
        String key = auth != null && auth.startsWith("Bearer ")
                ? auth.substring(7).trim()
                : ctx.request().getHeader("X-Api-Key");
        if (key == null || key.isBlank()) {
            ads.count("admin_missing_key");
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            JsonResponses.error(ctx, 401, "missing_api_key", "send Authorization: Bearer <API key>");
            return false;
        }
        Optional<AdminRole> role = ads.admin.roleOf(ApiKeyRepository.hash(key));
        if (role.isEmpty()) {
            ads.count("admin_invalid_key");
            ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            JsonResponses.error(ctx, 401, "invalid_api_key", "the API key is not known");
            return false;
        }
        if (!role.get().allows(needed)) {
            ads.count("admin_forbidden");
            JsonResponses.error(
                    ctx,
                    403,
                    "forbidden",
                    "the key's role " + role.get().wire() + " may not do this; " + needed.wire() + " required");
            return false;
        }
        return true;
    }

    private void list(RoutingContext ctx) {
        if (!authorised(ctx, AdminRole.VIEWER)) {
            return;
        }
        AdCatalog c = ads.catalog.load();
        ArrayNode out = JsonResponses.MAPPER.createArrayNode();
        switch (ctx.pathParam("param0")) {
            case "advertisers" -> c.advertisers().forEach(x -> out.add(AdminJson.json(x)));
            case "campaigns" -> c.campaigns().forEach(x -> out.add(AdminJson.json(x)));
            case "creatives" -> c.creatives().forEach(x -> out.add(AdminJson.json(x)));
            default -> c.placements().forEach(x -> out.add(AdminJson.json(x)));
        }
        JsonResponses.sendBytes(ctx, 200, JsonResponses.valueBytes(out));
    }

    private void put(RoutingContext ctx) {
        if (!authorised(ctx, AdminRole.ADMIN)) {
            return;
        }
        String id = ctx.pathParam("param1");
        ObjectNode saved;
        try {
            ObjectNode o = Bodies.object(ctx.body().buffer());
            AdCatalog current = ads.catalog.load();
            saved = switch (ctx.pathParam("param0")) {
                case "advertisers" -> {
                    var a = AdminJson.advertiser(id, o);
                    ads.catalog.upsert(a);
                    yield AdminJson.json(a);
                }
                case "campaigns" -> {
                    var x = AdminJson.campaign(id, o);
                    if (current.advertisers().stream().noneMatch(a -> a.id().equals(x.advertiserId()))) {
                        throw new Bodies.BadField("advertiser", "no advertiser '" + x.advertiserId() + "'");
                    }
                    ads.catalog.upsert(x);
                    yield AdminJson.json(x);
                }
                case "creatives" -> {
                    var x = AdminJson.creative(id, o);
                    if (current.campaigns().stream().noneMatch(a -> a.id().equals(x.campaignId()))) {
                        throw new Bodies.BadField("campaign", "no campaign '" + x.campaignId() + "'");
                    }
                    ads.catalog.upsert(x);
                    yield AdminJson.json(x);
                }
                default -> {
                    var x = AdminJson.placement(id, o);
                    ads.catalog.upsert(x);
                    yield AdminJson.json(x);
                }
            };
        } catch (Bodies.BadField e) {
            ads.count("admin_invalid_entity");
            JsonResponses.invalidJson(ctx, null, e.field, e.field + " " + e.getMessage());
            return;
        } catch (InvalidEntityException e) {
            ads.count("admin_invalid_entity");
            JsonResponses.invalidJson(ctx, null, e.field(), e.getMessage());
            return;
        }
        ads.reload();
        JsonResponses.sendBytes(ctx, 200, JsonResponses.valueBytes(saved));
    }
}
