// ninjs 3.1 (ninjs-schema_3.1.json) as shapes; declared in ninjs_rules.hpp.
// The model of 2.x in camelCase, plus events and planning.
#include <vector>

#include "json/json_value.hpp"

#include "ninjs/ninjs_geojson.hpp"
#include "ninjs/ninjs_rules.hpp"

namespace wirekit {

// Named, not anonymous: the versions give their parts the same names, and
// a unity build may compile them together.
namespace ninjs_3_1_rules {

const JsonShape& news_object_type() {
    static const JsonShape shape{.types = json_type_string,
                                 .choices = {"text", "audio", "video", "picture", "graphic", "composite", "component",
                                             "event", "planning"}};
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
const JsonShape& urgency() {
    static const JsonShape shape{.types = json_type_integer, .minimum = 1, .maximum = 9};
    return shape;
}
const JsonShape& percent() {
    static const JsonShape shape{.types = json_type_integer, .minimum = 0, .maximum = 100};
    return shape;
}

// $defs/truncatedDateTimeType: a date-time that may stop after the year,
// month, day or seconds, with an optional zone.
bool is_truncated_date_time(std::string_view t) {
    std::size_t pos = 0;
    if (pos < t.size() && t[pos] == '-') ++pos;
    std::size_t digits = pos;
    while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9') ++pos;
    std::size_t year_digits = pos - digits;
    if (year_digits < 4 || (year_digits > 4 && t[digits] == '0')) return false;
    auto two_digits = [&](int low, int high) {
        if (pos + 2 > t.size() || t[pos] < '0' || t[pos] > '9' || t[pos + 1] < '0' || t[pos + 1] > '9') return false;
        int n = (t[pos] - '0') * 10 + (t[pos + 1] - '0');
        pos += 2;
        return n >= low && n <= high;
    };
    auto next = [&](char c) { return pos < t.size() && t[pos] == c && ++pos; };
    if (pos == t.size()) return true;
    if (!next('-') || !two_digits(1, 12)) return false;
    if (pos == t.size()) return true;
    if (!next('-') || !two_digits(1, 31)) return false;
    if (pos == t.size()) return true;
    if (!next('T') || !two_digits(0, 23) || !next(':') || !two_digits(0, 59) || !next(':') || !two_digits(0, 59)) return false;
    if (next('.')) {
        std::size_t start = pos;
        while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9') ++pos;
        if (pos == start) return false;
    }
    if (pos == t.size() || (next('Z') && pos == t.size())) return pos == t.size();
    if (!next('+') && !next('-')) return false;
    return two_digits(0, 23) && next(':') && two_digits(0, 59) && pos == t.size();
}

void truncated_date_time_rule(const nlohmann::json& value, const JsonPath& path, JsonReport& report) {
    if (value.is_string() && !is_truncated_date_time(value.get_ref<const std::string&>()))
        report.error(path, "expected a date-time that may stop after the year, month, day or seconds, such as 2025-05, got " +
                               describe_json_value(value));
}
const JsonShape& truncated_date_time() {
    static const JsonShape shape{.types = json_type_string, .rule = truncated_date_time_rule};
    return shape;
}

// recurrenceDates says "type": "array" and refers to a string type: no value is both.
void never_valid(const nlohmann::json&, const JsonPath& path, JsonReport& report) {
    report.error(path, "the ninjs 3.1 schema accepts no value here (it asks for an array that is also a string)");
}
const JsonShape& recurrence_dates() {
    static const JsonShape shape{.rule = never_valid};
    return shape;
}
const JsonShape& frequency() {
    static const JsonShape shape{
        .types = json_type_string,
        .choices = {"secondly", "minutely", "hourly", "daily", "weekly", "monthly", "yearly"}};
    return shape;
}
const JsonShape& recurrence_rule() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"frequency", frequency},
                                             {"interval", json_integer_shape},
                                             {"until", json_date_time_shape},
                                             {"count", json_integer_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& recurrence() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"recurrenceDates", recurrence_dates}, {"recurrenceRules", recurrence_rule, json_list}},
                                 .closed = true};
    return shape;
}

// anyOf(oneOf(startDate, expectedStartDate), oneOf(endDate, expectedEndDate))
void has_start_or_end(const nlohmann::json& dates, const JsonPath& path, JsonReport& report) {
    bool start = dates.contains("startDate") != dates.contains("expectedStartDate");
    bool end = dates.contains("endDate") != dates.contains("expectedEndDate");
    if (!start && !end)
        report.error(path, "expected exactly one of \"startDate\" and \"expectedStartDate\", or of \"endDate\" and "
                           "\"expectedEndDate\"");
}
const JsonShape& dates() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"startDate", json_date_time_shape},
                                             {"endDate", json_date_time_shape},
                                             {"expectedStartDate", truncated_date_time},
                                             {"expectedEndDate", truncated_date_time},
                                             {"expectedDuration", json_string_shape},
                                             {"recurrence", recurrence}},
                                 .closed = true,
                                 .rule = has_start_or_end};
    return shape;
}

const JsonShape& reference() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape}, {"value", json_string_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& commissioned() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"by", json_string_shape}, {"on", json_date_time_shape}, {"references", reference, json_list}},
                                 .closed = true};
    return shape;
}

const JsonShape& symbol() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"exchange", json_string_shape}, {"symbolType", json_uri_shape}, {"symbol", json_string_shape}},
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
                                             {"contactInfo", ninjs3_contactinfo_shape, json_list}},
                                 .closed = true};
    return shape;
}

const JsonShape& point() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"x", json_integer_shape}, {"y", json_integer_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& scan_type() {
    static const JsonShape shape{.types = json_type_string, .choices = {"progressive", "interlaced"}};
    return shape;
}
const JsonShape& rendition() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape, json_required},
                                             {"href", json_uri_shape},
                                             {"contentType", json_string_shape},
                                             {"title", json_string_shape},
                                             {"width", json_integer_shape},
                                             {"height", json_integer_shape},
                                             {"sizeInBytes", json_integer_shape},
                                             {"duration", json_number_shape},
                                             {"format", json_string_shape},
                                             {"aspectRatio", json_string_shape},
                                             {"videoCodec", json_string_shape},
                                             {"frameRate", json_number_shape},
                                             {"poi", point},
                                             {"transportProtocol", json_string_shape},
                                             {"scanType", scan_type},
                                             {"bitrate", json_string_shape}},
                                 .closed = true};
    return shape;
}

// descriptions[] and headlines[]
const JsonShape& text_block() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"role", json_string_shape},
                                             {"contentType", json_string_shape},
                                             {"value", json_string_shape, json_required}},
                                 .closed = true};
    return shape;
}
const JsonShape& body() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"role", json_string_shape},
                                             {"contentType", json_string_shape},
                                             {"charCount", json_integer_shape},
                                             {"wordCount", json_integer_shape},
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
                                             {"contactInfo", ninjs3_contactinfo_shape, json_list}},
                                 .closed = true};
    return shape;
}
const JsonShape& place() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape},
                                             {"rel", json_string_shape},
                                             {"uri", json_uri_shape},
                                             {"literal", json_string_shape},
                                             {"contactInfo", ninjs3_contactinfo_shape, json_list},
                                             {"geoJSON", geojson_shape}},
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
const JsonShape& event() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"id", json_string_shape},
                                             {"name", json_string_shape},
                                             {"rel", json_string_shape},
                                             {"uri", json_uri_shape},
                                             {"literal", json_string_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& object_ref() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape},
                                             {"rel", json_string_shape},
                                             {"uri", json_uri_shape},
                                             {"literal", json_string_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& info_source() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape},
                                             {"role", json_string_shape},
                                             {"uri", json_uri_shape},
                                             {"literal", json_string_shape},
                                             {"contactInfo", ninjs3_contactinfo_shape, json_list}},
                                 .closed = true};
    return shape;
}
const JsonShape& event_details() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"eventStatus", json_uri_shape},
                                             {"plannedCoverageStatus", json_uri_shape},
                                             {"dates", dates},
                                             {"organiser", organisation}},
                                 .closed = true};
    return shape;
}
const JsonShape& audience() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"audience", json_string_shape}, {"significance", json_integer_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& item_count() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"rangeFrom", json_integer_shape}, {"rangeTo", json_integer_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& planned_coverage() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"uri", json_uri_shape},
                                             {"title", json_string_shape},
                                             {"pubStatus", pub_status},
                                             {"type", news_object_type},
                                             {"commissioned", commissioned},
                                             {"dates", dates},
                                             {"audiences", audience, json_list},
                                             {"exclAudience", json_string_shape, json_list},
                                             {"edNote", json_string_shape},
                                             {"urgency", urgency},
                                             {"language", json_string_shape},
                                             {"itemCount", item_count},
                                             {"wordCount", json_integer_shape},
                                             {"renditions", rendition, json_list}},
                                 .closed = true};
    return shape;
}
const JsonShape& alt_id() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"role", json_string_shape}, {"value", json_string_shape}},
                                 .closed = true};
    return shape;
}
const JsonShape& trust_indicator() {
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
void linked_or_encoded(const nlohmann::json& value, const JsonPath& path, JsonReport& report) {
    require_one_of(value, path, report, "linkedRights", "encodedRights");
}
const JsonShape& rights_info() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"langId", json_uri_shape},
                                             {"linkedRights", json_uri_shape},
                                             {"encodedRights", json_string_shape}},
                                 .closed = true,
                                 .rule = linked_or_encoded};
    return shape;
}
const JsonShape& digital_source_type() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape}, {"uri", json_uri_shape}, {"literal", json_string_shape}},
                                 .closed = true};
    return shape;
}

const JsonShape& association();

// $defs/ninjsType: the members of a ninjs object, none required.
std::vector<JsonMember> ninjs_members() {
    return {{"uri", json_uri_shape},
            {"type", news_object_type},
            {"representationType", representation_type},
            {"profile", json_string_shape},
            {"version", json_string_shape},
            {"firstCreated", json_date_time_shape},
            {"versionCreated", json_date_time_shape},
            {"contentCreated", json_date_time_shape},
            {"embargoedUntil", json_date_time_shape},
            {"pubStatus", pub_status},
            {"urgency", urgency},
            {"copyrightHolder", json_string_shape},
            {"copyrightNotice", json_string_shape},
            {"usageTerms", json_string_shape},
            {"edNote", json_string_shape},
            {"language", json_string_shape},
            {"descriptions", text_block, json_list},
            {"bodies", body, json_list},
            {"headlines", text_block, json_list},
            {"people", person, json_list},
            {"organisations", organisation, json_list},
            {"places", place, json_list},
            {"subjects", subject, json_list},
            {"events", event, json_list},
            {"eventDetails", event_details},
            {"plannedCoverage", planned_coverage, json_list},
            {"objects", object_ref, json_list},
            {"infoSources", info_source, json_list},
            {"title", json_string_shape},
            {"by", json_string_shape},
            {"slugline", json_string_shape},
            {"located", json_string_shape},
            {"renditions", rendition, json_list},
            {"associations", association, json_list},
            {"altIds", alt_id, json_list},
            {"trustIndicators", trust_indicator, json_list},
            {"standard", standard},
            {"genres", genre, json_list},
            {"expires", json_date_time_shape},
            {"rightsInfo", rights_info},
            {"digitalSourceType", digital_source_type}};
}

// The same members with "uri" required, and EXTRA added.
std::vector<JsonMember> ninjs_members_requiring_uri(std::vector<JsonMember> extra) {
    std::vector<JsonMember> members = ninjs_members();
    members.front().flags = json_required;
    members.insert(members.end(), extra.begin(), extra.end());
    return members;
}

// An association is a ninjs object with a "name" (required) and a "rel".
const JsonShape& association() {
    static const JsonShape shape{
        .types = json_type_object,
        .members = ninjs_members_requiring_uri({{"name", json_string_shape, json_required}, {"rel", json_string_shape}}),
        .closed = true};
    return shape;
}

const JsonShape& root() {
    static const JsonShape shape{.types = json_type_object, .members = ninjs_members_requiring_uri({}), .closed = true};
    return shape;
}

}  // namespace ninjs_3_1_rules

const JsonShape& ninjs_3_1_shape() { return ninjs_3_1_rules::root(); }

}  // namespace wirekit
