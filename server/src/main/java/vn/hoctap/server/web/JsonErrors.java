package vn.hoctap.server.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import vn.hoctap.core.error.ApiError;

/** Turns Jackson's exceptions into an error body with a JSON path and a plain message. */
final class JsonErrors {

    private JsonErrors() {
    }

    static ApiError describe(JsonProcessingException e) {
        String path = e instanceof JsonMappingException mapping ? pathOf(mapping) : "$";
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            message = "Unknown property '" + unknown.getPropertyName() + "'. Known properties: "
                    + unknown.getKnownPropertyIds() + ".";
        } else {
            message = "The request body is not valid JSON for this endpoint: " + e.getOriginalMessage()
                    + location(e.getLocation()) + ".";
        }
        return ApiError.at(400, "invalid_json", message, path);
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
