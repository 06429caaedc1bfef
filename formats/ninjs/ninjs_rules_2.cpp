// ninjs 2.2 (ninjs-schema_2.2.json) as shapes; declared in ninjs_rules.hpp.
#include <vector>

#include "ninjs/ninjs_geojson.hpp"
#include "ninjs/ninjs_rules.hpp"

namespace wirekit {

// Named, not anonymous: the versions give their parts the same names, and
// a unity build may compile them together.
namespace ninjs_2_2_rules {

const JsonShape& news_type() {
    static const JsonShape shape{
        .types = json_type_string,
        .choices = {"text", "audio", "video", "picture", "graphic", "composite", "component"}};
    return shape;
}
const JsonShape& representation_type() {
    static const JsonShape shape{.types = json_type_string, .choices = {"full", "partial"}};
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

// descriptions[] and headlines[]
const JsonShape& text_block() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"role", json_string_shape},
                                             {"contenttype", json_string_shape},
                                             {"value", json_string_shape, json_required}},
                                 .closed = true};
    return shape;
}
const JsonShape& body() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"role", json_string_shape},
                                             {"contenttype", json_string_shape},
                                             {"charcount", json_number_shape},
                                             {"wordcount", json_number_shape},
                                             {"value", json_string_shape, json_required}},
                                 .closed = true};
    return shape;
}

const JsonShape& person() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape},
                                             {"rel", json_string_shape},
                                             {"uri", json_uri_shape},
                                             {"literal", json_string_shape},
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
                                             {"uri", json_uri_shape},
                                             {"literal", json_string_shape},
                                             {"symbols", symbol, json_list},
                                             {"contactinfo", ninjs_contactinfo_shape, json_list}},
                                 .closed = true};
    return shape;
}
const JsonShape& place() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape},
                                             {"rel", json_string_shape},
                                             {"uri", json_uri_shape},
                                             {"literal", json_string_shape},
                                             {"contactinfo", ninjs_contactinfo_shape, json_list},
                                             {"geojson", geojson_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& subject() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape},
                                             {"rel", json_string_shape},
                                             {"uri", json_uri_shape},
                                             {"literal", json_string_shape},
                                             {"creator", json_string_shape},
                                             {"relevance", percent},
                                             {"confidence", percent}},
                                 .closed = true};
    return shape;
}
// events[] and objects[]
const JsonShape& concept_ref() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape},
                                             {"rel", json_string_shape},
                                             {"uri", json_uri_shape},
                                             {"literal", json_string_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& infosource() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape},
                                             {"role", json_string_shape},
                                             {"uri", json_uri_shape},
                                             {"literal", json_string_shape},
                                             {"contactinfo", ninjs_contactinfo_shape, json_list}},
                                 .closed = true};
    return shape;
}
const JsonShape& rendition() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape, json_required},
                                             {"href", json_uri_shape},
                                             {"contenttype", json_string_shape},
                                             {"title", json_string_shape},
                                             {"height", json_number_shape},
                                             {"width", json_number_shape},
                                             {"sizeinbytes", json_number_shape},
                                             {"duration", json_number_shape},
                                             {"format", json_string_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& altid() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"role", json_string_shape}, {"value", json_string_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& trustindicator() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"role", json_uri_shape}, {"title", json_string_shape}, {"href", json_uri_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& standard() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape}, {"version", json_string_shape}, {"schema", json_uri_shape}},
                                 .closed = true};
    return shape;
}
// genres[]: its "uri" has no format in the schema.
const JsonShape& genre() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape}, {"uri", json_string_shape}, {"literal", json_string_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& digitalsourcetype() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape}, {"uri", json_uri_shape}, {"literal", json_string_shape}},
                                 .closed = true};
    return shape;
}

const JsonShape& association();

// $defs/ninjsType: the members of a ninjs object, none required.
std::vector<JsonMember> ninjs_members() {
    return {{"uri", json_uri_shape},
            {"type", news_type},
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
            {"descriptions", text_block, json_list},
            {"bodies", body, json_list},
            {"headlines", text_block, json_list},
            {"people", person, json_list},
            {"organisations", organisation, json_list},
            {"places", place, json_list},
            {"subjects", subject, json_list},
            {"events", concept_ref, json_list},
            {"objects", concept_ref, json_list},
            {"infosources", infosource, json_list},
            {"title", json_string_shape},
            {"by", json_string_shape},
            {"slugline", json_string_shape},
            {"located", json_string_shape},
            {"renditions", rendition, json_list},
            {"associations", association, json_list},
            {"altids", altid, json_list},
            {"trustindicators", trustindicator, json_list},
            {"standard", standard},
            {"genres", genre, json_list},
            {"expires", json_date_time_shape},
            {"rightsinfo", ninjs_rightsinfo_shape},
            {"digitalsourcetype", digitalsourcetype}};
}

// The same members with "uri" required, and EXTRA (required) added.
std::vector<JsonMember> ninjs_members_requiring_uri(std::vector<JsonMember> extra) {
    std::vector<JsonMember> members = ninjs_members();
    members.front().flags = json_required;
    members.insert(members.end(), extra.begin(), extra.end());
    return members;
}

// An association is a ninjs object with a "name" (the schema's "$ref" to
// ninjsType plus "name", both "name" and "uri" required).
const JsonShape& association() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = ninjs_members_requiring_uri({{"name", json_string_shape, json_required}}),
                                 .closed = true};
    return shape;
}

const JsonShape& root() {
    static const JsonShape shape{.types = json_type_object, .members = ninjs_members_requiring_uri({}), .closed = true};
    return shape;
}

}  // namespace ninjs_2_2_rules

const JsonShape& ninjs_2_2_shape() { return ninjs_2_2_rules::root(); }

}  // namespace wirekit
