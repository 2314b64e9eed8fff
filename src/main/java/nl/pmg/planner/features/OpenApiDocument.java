package nl.pmg.planner.features;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.Level;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Completes the OpenAPI 3.0 description of the OGC resources, whose controllers read their query
 * parameters themselves (to reject unknown ones): every parameter with its schema, the path
 * parameters' allowed values, and the media types each resource answers in.
 */
@Component
class OpenApiDocument implements OpenApiCustomizer {

    private static final String ITEMS = "/api/collections/{collectionId}/items";

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info().title("Preventie met Gezag area planner").version("2024")
                .description("Geodata (OGC API – Features and Tiles) and planning API. Bron: CBS, PDOK — CC BY 4.0."));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, pathItem) -> {
            if (!path.startsWith("/api/collections") && !path.startsWith("/api/tileMatrixSets")
                    && !path.equals("/api") && !path.equals("/api/") && !path.equals("/api/conformance")) {
                return;
            }
            Operation get = pathItem.getGet();
            if (get == null) {
                return;
            }
            get.setParameters(new java.util.ArrayList<>());
            pathParameters(path, get);
            boolean items = path.equals(ITEMS);
            boolean item = path.equals(ITEMS + "/{featureId}");
            boolean tile = path.endsWith("{tileCol}");
            if (items) {
                get.addParametersItem(query("bbox", new ArraySchema().items(new NumberSchema()).minItems(4).maxItems(6),
                        "Lower and upper corner (4 or 6 numbers) in bbox-crs, default CRS84 (lon,lat); west > east crosses the antimeridian."));
                get.addParametersItem(query("bbox-crs", crsSchema(), "CRS of bbox (default CRS84)."));
                get.addParametersItem(query("datetime", new StringSchema(), "Instant or interval (RFC 3339, '..' for open ends); "
                        + "every feature is valid 2024-01-01T00:00:00Z–2025-01-01T00:00:00Z (division 2024)."));
                get.addParametersItem(query("limit", new IntegerSchema().minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(FeatureQuery.MAX_LIMIT))._default(FeatureQuery.DEFAULT_LIMIT),
                        "Features per page; more than 10000 is capped at 10000."));
                get.addParametersItem(query("offset", new IntegerSchema().minimum(java.math.BigDecimal.ZERO)._default(0),
                        "Features to skip (paging; follow the next link)."));
                get.addParametersItem(query("gemeente", new StringSchema().pattern("^GM\\d{4}$"), "Only areas in this gemeente."));
            }
            if (items || item) {
                get.addParametersItem(query("crs", crsSchema(), "CRS of the geometry (default CRS84)."));
                get.addParametersItem(query("indicators", new StringSchema(), "Comma-separated indicator ids to add as properties."));
                get.addParametersItem(query("properties", new StringSchema(), "Comma-separated property names to keep."));
                get.addParametersItem(query("zoom", new IntegerSchema().minimum(java.math.BigDecimal.ZERO)
                        .maximum(java.math.BigDecimal.valueOf(22)), "Map zoom to generalise for (omit for full detail)."));
            }
            get.addParametersItem(query("f", new StringSchema()._enum(tile ? List.of("mvt")
                    : items || item ? List.of("json", "geojson", "html") : List.of("json", "html")), "Representation."));
            get.setResponses(responses(path, items || item, tile));
        });
    }

    private static void pathParameters(String path, Operation get) {
        if (path.contains("{collectionId}")) {
            get.addParametersItem(pathParameter("collectionId",
                    new StringSchema()._enum(Arrays.stream(Level.values()).map(Level::collection).toList())));
        }
        if (path.contains("{featureId}")) {
            get.addParametersItem(pathParameter("featureId", new StringSchema()));
        }
        if (path.contains("{tileMatrixSetId}")) {
            get.addParametersItem(pathParameter("tileMatrixSetId",
                    new StringSchema()._enum(Arrays.stream(TileMatrixSet.values()).map(TileMatrixSet::id).toList())));
        }
        for (String name : List.of("tileMatrix", "tileRow", "tileCol")) {
            if (path.contains("{" + name + "}")) {
                get.addParametersItem(pathParameter(name, name.equals("tileMatrix") ? new StringSchema() : new IntegerSchema()));
            }
        }
    }

    private static ApiResponses responses(String path, boolean features, boolean tile) {
        Content ok = new Content();
        if (tile) {
            ok.addMediaType(TilesController.MVT, new MediaType().schema(new Schema<>().type("string").format("binary")));
        } else if (path.equals("/api") || path.equals("/api/")) {
            ok.addMediaType("application/json", new MediaType().schema(new ObjectSchema()));
            ok.addMediaType("text/html", new MediaType().schema(new StringSchema()));
        } else {
            ok.addMediaType(features ? "application/geo+json" : "application/json", new MediaType().schema(new ObjectSchema()));
            ok.addMediaType("text/html", new MediaType().schema(new StringSchema()));
        }
        Content problem = new Content().addMediaType("application/problem+json", new MediaType().schema(new ObjectSchema()));
        ApiResponses r = new ApiResponses().addApiResponse("200", new ApiResponse().description("the resource").content(ok));
        for (Map.Entry<String, String> e : Map.of("400", "bad parameter", "404", "not found",
                "406", "no acceptable representation").entrySet()) {
            r.addApiResponse(e.getKey(), new ApiResponse().description(e.getValue()).content(problem));
        }
        if (tile) {
            r.addApiResponse("204", new ApiResponse().description("empty tile: no area meets it"));
        }
        return r;
    }

    private static Schema<?> crsSchema() {
        return new StringSchema()._enum(OgcCrs.uris())._default(OgcCrs.CRS84.uri());
    }

    private static Parameter query(String name, Schema<?> schema, String description) {
        Parameter p = new Parameter().in("query").name(name).required(false).schema(schema).description(description);
        if (schema instanceof ArraySchema) {
            p.style(Parameter.StyleEnum.FORM).explode(false);
        }
        return p;
    }

    private static Parameter pathParameter(String name, Schema<?> schema) {
        return new Parameter().in("path").name(name).required(true).schema(schema);
    }
}
