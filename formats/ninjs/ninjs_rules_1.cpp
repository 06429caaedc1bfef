// ninjs 1.6 (ninjs-schema_1.6.json) as shapes; declared in ninjs_rules.hpp.
// Flat lower-case names, renditions and associations as objects by name.
#include "ninjs/ninjs_rules.hpp"

namespace wirekit {

// Named, not anonymous: the versions give their parts the same names, and
// a unity build may compile them together.
namespace ninjs_1_6_rules {

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The schema's patterns are unanchored at the end: "^body_[a-zA-Z0-9_]+"
// asks only that a name character follow the prefix.
bool has_prefix_then_name_char(std::string_view key, std::string_view prefix) {
    return key.size() > prefix.size() && key.starts_with(prefix) && is_name_char(key[prefix.size()]);
}

bool is_text_variant_key(std::string_view key) {
    return has_prefix_then_name_char(key, "description_") || has_prefix_then_name_char(key, "body_") ||
           has_prefix_then_name_char(key, "headline_");
}
bool is_geometry_key(std::string_view key) { return has_prefix_then_name_char(key, "geometry_"); }
bool is_rendition_name(std::string_view key) { return !key.empty() && is_name_char(key[0]); }

const JsonShape& news_type() {
    static const JsonShape shape{
        .types = json_type_string,
        .choices = {"text", "audio", "video", "picture", "graphic", "composite", "component"}};
    return shape;
}
const JsonShape& representation_type() {
    static const JsonShape shape{.types = json_type_string, .choices = {"complete", "incomplete"}};
    return shape;
}
const JsonShape& pub_status() {
    static const JsonShape shape{.types = json_type_string, .choices = {"usable", "withheld", "canceled"}};
    return shape;
}
const JsonShape& percent() {
    static const JsonShape shape{.types = json_type_integer, .minimum = 0, .maximum = 100};
    return shape;
}

const JsonShape& person() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape},
                                             {"rel", json_string_shape},
                                             {"scheme", json_uri_shape},
                                             {"code", json_string_shape},
                                             {"contactinfo", ninjs_contactinfo_shape, json_list}},
                                 .closed = true};
    return shape;
}
const JsonShape& symbol() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"ticker", json_string_shape},
                                             {"exchange", json_string_shape},
                                             {"symboltype", json_uri_shape},
                                             {"symbol", json_string_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& organisation() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape},
                                             {"rel", json_string_shape},
                                             {"scheme", json_uri_shape},
                                             {"code", json_string_shape},
                                             {"symbols", symbol, json_list},
                                             {"contactinfo", ninjs_contactinfo_shape, json_list}},
                                 .closed = true};
    return shape;
}
const JsonShape& place() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape},
                                             {"rel", json_string_shape},
                                             {"scheme", json_uri_shape},
                                             {"code", json_string_shape},
                                             {"contactinfo", ninjs_contactinfo_shape, json_list}},
                                 .is_pattern_key = is_geometry_key,
                                 .pattern_shape = json_object_shape,
                                 .closed = true};
    return shape;
}
const JsonShape& subject() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape},
                                             {"rel", json_string_shape},
                                             {"scheme", json_uri_shape},
                                             {"code", json_string_shape},
                                             {"creator", json_string_shape},
                                             {"relevance", percent},
                                             {"confidence", percent}},
                                 .closed = true};
    return shape;
}
// event[] and object[]
const JsonShape& concept_ref() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape},
                                             {"rel", json_string_shape},
                                             {"scheme", json_uri_shape},
                                             {"code", json_string_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& infosource() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape},
                                             {"rel", json_string_shape},
                                             {"scheme", json_uri_shape},
                                             {"code", json_string_shape},
                                             {"contactinfo", ninjs_contactinfo_shape, json_list}},
                                 .closed = true};
    return shape;
}
const JsonShape& rendition() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"href", json_uri_shape},
                                             {"mimetype", json_string_shape},
                                             {"title", json_string_shape},
                                             {"height", json_number_shape},
                                             {"width", json_number_shape},
                                             {"sizeinbytes", json_number_shape},
                                             {"duration", json_number_shape},
                                             {"format", json_string_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& renditions() {
    static const JsonShape shape{
        .types = json_type_object, .is_pattern_key = is_rendition_name, .pattern_shape = rendition, .closed = true};
    return shape;
}
// Each association is a whole ninjs object (the schema's "$ref": "#").
const JsonShape& associations() {
    static const JsonShape shape{
        .types = json_type_object, .is_pattern_key = is_rendition_name, .pattern_shape = ninjs_1_6_shape, .closed = true};
    return shape;
}
const JsonShape& trustindicator() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"scheme", json_uri_shape},
                                             {"code", json_string_shape},
                                             {"title", json_string_shape},
                                             {"href", json_uri_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& standard() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape}, {"version", json_string_shape}, {"schema", json_uri_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& genre() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape}, {"scheme", json_uri_shape}, {"code", json_string_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& digitalsourcetype() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape}, {"uri", json_uri_shape}, {"literal", json_string_shape}},
                                 .closed = true};
    return shape;
}

const JsonShape& root() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"uri", json_uri_shape, json_required},
                                             {"type", news_type},
                                             {"mimetype", json_string_shape},
                                             {"representationtype", representation_type},
                                             {"profile", json_string_shape},
                                             {"version", json_string_shape},
                                             {"firstcreated", json_date_time_shape},
                                             {"versioncreated", json_date_time_shape},
                                             {"contentcreated", json_date_time_shape},
                                             {"embargoed", json_date_time_shape},
                                             {"pubstatus", pub_status},
                                             {"urgency", json_number_shape},
                                             {"copyrightholder", json_string_shape},
                                             {"copyrightnotice", json_string_shape},
                                             {"usageterms", json_string_shape},
                                             {"ednote", json_string_shape},
                                             {"language", json_string_shape},
                                             {"person", person, json_list},
                                             {"organisation", organisation, json_list},
                                             {"place", place, json_list},
                                             {"subject", subject, json_list},
                                             {"event", concept_ref, json_list},
                                             {"object", concept_ref, json_list},
                                             {"infosource", infosource, json_list},
                                             {"title", json_string_shape},
                                             {"byline", json_string_shape},
                                             {"headline", json_string_shape},
                                             {"slugline", json_string_shape},
                                             {"located", json_string_shape},
                                             {"charcount", json_number_shape},
                                             {"wordcount", json_number_shape},
                                             {"renditions", renditions},
                                             {"associations", associations},
                                             {"altids", json_object_shape},
                                             {"trustindicator", trustindicator, json_list},
                                             {"$standard", standard},
                                             {"genre", genre, json_list},
                                             {"expires", json_date_time_shape},
                                             {"rightsinfo", ninjs_rightsinfo_shape},
                                             {"digitalsourcetype", digitalsourcetype}},
                                 .is_pattern_key = is_text_variant_key,
                                 .pattern_shape = json_string_shape,
                                 .closed = true};
    return shape;
}

}  // namespace ninjs_1_6_rules

const JsonShape& ninjs_1_6_shape() { return ninjs_1_6_rules::root(); }

}  // namespace wirekit
