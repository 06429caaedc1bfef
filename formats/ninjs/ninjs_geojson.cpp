#include "ninjs/ninjs_geojson.hpp"

#include <span>
#include <utility>

#include "json/json_value.hpp"

namespace wirekit {

namespace {

const JsonShape& position() {
    static const JsonShape shape{.types = json_type_array, .items = json_number_shape, .min_items = 2};
    return shape;
}
const JsonShape& positions() {
    static const JsonShape shape{.types = json_type_array, .items = position};
    return shape;
}
const JsonShape& line() {
    static const JsonShape shape{.types = json_type_array, .items = position, .min_items = 2};
    return shape;
}
const JsonShape& lines() {
    static const JsonShape shape{.types = json_type_array, .items = line};
    return shape;
}
const JsonShape& ring() {
    static const JsonShape shape{.types = json_type_array, .items = position, .min_items = 4};
    return shape;
}
const JsonShape& polygon() {
    static const JsonShape shape{.types = json_type_array, .items = ring};
    return shape;
}
const JsonShape& polygons() {
    static const JsonShape shape{.types = json_type_array, .items = polygon};
    return shape;
}
const JsonShape& bbox() {
    static const JsonShape shape{.types = json_type_array, .items = json_number_shape, .min_items = 4};
    return shape;
}

template <JsonShapeOf coordinates>
const JsonShape& geometry_of() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"type", json_string_shape, json_required},
                                             {"coordinates", coordinates, json_required},
                                             {"bbox", bbox}}};
    return shape;
}

using TypedShape = std::pair<std::string_view, JsonShapeOf>;

constexpr TypedShape simple_geometries[] = {
    {"Point", geometry_of<position>},           {"LineString", geometry_of<line>},
    {"Polygon", geometry_of<polygon>},          {"MultiPoint", geometry_of<positions>},
    {"MultiLineString", geometry_of<lines>},    {"MultiPolygon", geometry_of<polygons>},
};

// The object's "type" picks its shape among CHOICES (the schema's oneOf).
void check_typed(const nlohmann::json& value, const JsonPath& path, JsonReport& report, std::span<const TypedShape> choices) {
    auto type = value.find("type");
    if (type != value.end() && type->is_string())
        for (const auto& [name, shape] : choices)
            if (*type == name) return check_json_shape(value, shape(), path, report);
    std::string names;
    for (const auto& choice : choices) names += (names.empty() ? "" : ", ") + std::string(choice.first);
    report.error(path, "expected a GeoJSON object whose \"type\" is one of " + names + ", got " +
                           (type == value.end() ? std::string("none") : describe_json_value(*type)));
}

void check_simple_geometry(const nlohmann::json& value, const JsonPath& path, JsonReport& report) {
    check_typed(value, path, report, simple_geometries);
}
const JsonShape& simple_geometry() {
    static const JsonShape shape{.types = json_type_object, .rule = check_simple_geometry};
    return shape;
}

const JsonShape& geometry_collection() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"type", json_string_shape, json_required},
                                             {"geometries", simple_geometry, json_required | json_list},
                                             {"bbox", bbox}}};
    return shape;
}

constexpr TypedShape geometries[] = {
    simple_geometries[0], simple_geometries[1], simple_geometries[2],        simple_geometries[3],
    simple_geometries[4], simple_geometries[5], {"GeometryCollection", geometry_collection},
};

void check_geometry_or_null(const nlohmann::json& value, const JsonPath& path, JsonReport& report) {
    if (value.is_object()) check_typed(value, path, report, geometries);
}
const JsonShape& geometry_or_null() {
    static const JsonShape shape{.types = json_type_object | json_type_null, .rule = check_geometry_or_null};
    return shape;
}
const JsonShape& object_or_null() {
    static const JsonShape shape{.types = json_type_object | json_type_null};
    return shape;
}

const JsonShape& feature() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"type", json_string_shape, json_required},
                                             {"properties", object_or_null, json_required},
                                             {"geometry", geometry_or_null, json_required},
                                             {"bbox", bbox}}};
    return shape;
}

void check_feature(const nlohmann::json& value, const JsonPath& path, JsonReport& report) {
    constexpr TypedShape features[] = {{"Feature", feature}};
    check_typed(value, path, report, features);
}
const JsonShape& typed_feature() {
    static const JsonShape shape{.types = json_type_object, .rule = check_feature};
    return shape;
}

const JsonShape& feature_collection() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"type", json_string_shape, json_required},
                                             {"features", typed_feature, json_required | json_list},
                                             {"bbox", bbox}}};
    return shape;
}

constexpr TypedShape any_geojson[] = {
    geometries[0], geometries[1], geometries[2], geometries[3],          geometries[4],
    geometries[5], geometries[6], {"Feature", feature}, {"FeatureCollection", feature_collection},
};

void check_geojson(const nlohmann::json& value, const JsonPath& path, JsonReport& report) {
    check_typed(value, path, report, any_geojson);
}

}  // namespace

const JsonShape& geojson_shape() {
    static const JsonShape shape{.types = json_type_object, .rule = check_geojson};
    return shape;
}

}  // namespace wirekit
