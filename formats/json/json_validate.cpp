#include "json/json_validate.hpp"

#include <cmath>
#include <cstdint>

#include "json/json_validation.hpp"
#include "json/json_value.hpp"

namespace wirekit {

namespace {

// $defs/text: a non-empty string.
const JsonShape& text() {
    static const JsonShape shape{.types = json_type_string, .min_length = 1};
    return shape;
}

template <JsonShapeOf item>
const JsonShape& non_empty_list() {
    static const JsonShape shape{.types = json_type_array, .items = item, .min_items = 1};
    return shape;
}

const JsonShape& int32() {
    static const JsonShape shape{.types = json_type_integer, .minimum = -2147483648.0, .maximum = 2147483647.0};
    return shape;
}

// A double cannot hold the int64 bounds exactly; the parsed integer can.
void int64_range(const nlohmann::json& value, const JsonPath& path, JsonReport& report) {
    bool fits = json_integer<std::int64_t>(value) || (value.is_number_float() && std::fabs(value.get<double>()) < 9.2e18);
    if (!fits) report.error(path, "expected a 64-bit integer, got " + describe_json_value(value));
}
const JsonShape& int64() {
    static const JsonShape shape{.types = json_type_integer, .rule = int64_range};
    return shape;
}

bool digits(std::string_view text, std::size_t pos, std::size_t count) {
    if (pos + count > text.size()) return false;
    for (std::size_t i = pos; i < pos + count; ++i)
        if (text[i] < '0' || text[i] > '9') return false;
    return true;
}

// $defs/datetime: YYYY-MM-DD, optionally Thh:mm:ss, a fraction and a zone
// (the schema's pattern: digits in place, no range check).
bool is_model_datetime(std::string_view t) {
    if (!digits(t, 0, 4) || t.size() < 10 || t[4] != '-' || !digits(t, 5, 2) || t[7] != '-' || !digits(t, 8, 2)) return false;
    if (t.size() == 10) return true;
    if (t.size() < 19 || t[10] != 'T' || !digits(t, 11, 2) || t[13] != ':' || !digits(t, 14, 2) || t[16] != ':' ||
        !digits(t, 17, 2))
        return false;
    std::size_t pos = 19;
    if (pos < t.size() && t[pos] == '.') {
        std::size_t start = ++pos;
        while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9') ++pos;
        if (pos == start) return false;
    }
    std::string_view zone = t.substr(pos);
    return zone.empty() || zone == "Z" ||
           (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && digits(zone, 1, 2) && zone[3] == ':' && digits(zone, 4, 2));
}
void datetime_pattern(const nlohmann::json& value, const JsonPath& path, JsonReport& report) {
    if (!is_model_datetime(value.get_ref<const std::string&>()))
        report.error(path, "expected a date as YYYY-MM-DD, optionally with Thh:mm:ss, a fraction and a zone, got " +
                               describe_json_value(value));
}
const JsonShape& datetime() {
    static const JsonShape shape{.types = json_type_string, .rule = datetime_pattern};
    return shape;
}

const JsonShape& block_kind() {
    static const JsonShape shape{
        .types = json_type_string,
        .choices = {"paragraph", "heading", "quote", "list", "list_item", "preformatted", "rule", "table", "table_row",
                    "table_cell"}};
    return shape;
}
const JsonShape& inline_kind() {
    static const JsonShape shape{.types = json_type_string, .choices = {"text", "emphasis", "strong", "link", "line_break"}};
    return shape;
}

// "level": an int32 but not 0; "ordered": true alone (false is left out).
void not_zero(const nlohmann::json& value, const JsonPath& path, JsonReport& report) {
    if (value.is_number() && value.get<double>() == 0) report.error(path, "expected a level other than 0 (left out instead)");
}
const JsonShape& level() {
    static const JsonShape shape{
        .types = json_type_integer, .minimum = -2147483648.0, .maximum = 2147483647.0, .rule = not_zero};
    return shape;
}
void is_true(const nlohmann::json& value, const JsonPath& path, JsonReport& report) {
    if (value != true) report.error(path, "expected true (false is left out), got " + describe_json_value(value));
}
const JsonShape& true_only() {
    static const JsonShape shape{.rule = is_true};
    return shape;
}

const JsonShape& inline_node();

// $defs/inline: a string, or an object for more than plain text.
void inline_object(const nlohmann::json& value, const JsonPath& path, JsonReport& report) {
    if (value.is_object()) check_json_shape(value, inline_node(), path, report);
}
const JsonShape& inline_run() {
    static const JsonShape shape{.types = json_type_string | json_type_object, .rule = inline_object};
    return shape;
}

// "A text run is only an object when it has more than text."
void text_run_has_more(const nlohmann::json& value, const JsonPath& path, JsonReport& report) {
    if (value.value("kind", nlohmann::json()) == "text" && !value.contains("href") && !value.contains("children"))
        report.error(path, "a \"text\" run with neither \"href\" nor \"children\" is written as a plain string");
}
const JsonShape& inline_node() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"kind", inline_kind, json_required},
                                             {"text", text},
                                             {"href", text},
                                             {"children", non_empty_list<inline_run>}},
                                 .closed = true,
                                 .rule = text_run_has_more};
    return shape;
}

const JsonShape& block() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"kind", block_kind, json_required},
                                             {"level", level},
                                             {"ordered", true_only},
                                             {"inlines", non_empty_list<inline_run>},
                                             {"children", non_empty_list<block>},
                                             {"header", true_only}},
                                 .closed = true};
    return shape;
}

const JsonShape& dateline() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"text", text}, {"place", text}, {"region", text}, {"date", datetime}, {"credit", text}},
                                 .closed = true,
                                 .min_properties = 1};
    return shape;
}
const JsonShape& place_ref() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", text}, {"code", text}, {"type", text}},
                                 .closed = true};
    return shape;
}
const JsonShape& located() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", text}, {"code", text}, {"broader", non_empty_list<place_ref>}},
                                 .closed = true,
                                 .min_properties = 1};
    return shape;
}
const JsonShape& person() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", text}, {"role", text}, {"uri", text}, {"email", text}},
                                 .closed = true};
    return shape;
}
const JsonShape& copyright() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"holder", text}, {"notice", text}, {"usage_terms", text}},
                                 .closed = true,
                                 .min_properties = 1};
    return shape;
}
const JsonShape& concept_shape() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"scheme", text},
                                             {"code", text},
                                             {"uri", text},
                                             {"name", text},
                                             {"kind", text},
                                             {"relevance", int32}},
                                 .closed = true};
    return shape;
}
const JsonShape& media() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"url", text},
                                             {"mime_type", text},
                                             {"role", text},
                                             {"width", int64},
                                             {"height", int64},
                                             {"bytes", int64},
                                             {"duration", json_number_shape},
                                             {"caption", text},
                                             {"credit", text},
                                             {"alt_text", text}},
                                 .closed = true};
    return shape;
}
const JsonShape& link() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"rel", text}, {"href", text}, {"type", text}, {"title", text}},
                                 .closed = true};
    return shape;
}
const JsonShape& extension() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"format", text}, {"key", text}, {"value", text}},
                                 .closed = true};
    return shape;
}

const JsonShape& article() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"id", text},
                                             {"version", text},
                                             {"take_key", text},
                                             {"type", text},
                                             {"url", text},
                                             {"headline", text},
                                             {"subheadline", text},
                                             {"slugline", text},
                                             {"summary", text},
                                             {"byline", text},
                                             {"body", non_empty_list<block>},
                                             {"trailer", text},
                                             {"dateline", dateline},
                                             {"located", located},
                                             {"creditline", text},
                                             {"provider", text},
                                             {"sources", non_empty_list<json_string_shape>},
                                             {"authors", non_empty_list<person>},
                                             {"copyright", copyright},
                                             {"first_created", datetime},
                                             {"version_created", datetime},
                                             {"content_created", datetime},
                                             {"published", datetime},
                                             {"updated", datetime},
                                             {"embargoed", datetime},
                                             {"language", text},
                                             {"urgency", int32},
                                             {"priority", int32},
                                             {"pub_status", text},
                                             {"signals", non_empty_list<json_string_shape>},
                                             {"editor_note", text},
                                             {"genres", non_empty_list<concept_shape>},
                                             {"subjects", non_empty_list<concept_shape>},
                                             {"keywords", non_empty_list<json_string_shape>},
                                             {"media", non_empty_list<media>},
                                             {"links", non_empty_list<link>},
                                             {"extensions", non_empty_list<extension>}},
                                 .closed = true};
    return shape;
}

const JsonShape& feed_image() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"url", text}, {"title", text}, {"link", text}},
                                 .closed = true,
                                 .min_properties = 1};
    return shape;
}
const JsonShape& feed() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"title", text},
                                             {"description", text},
                                             {"link", text},
                                             {"self_url", text},
                                             {"id", text},
                                             {"language", text},
                                             {"updated", datetime},
                                             {"rights", text},
                                             {"image", feed_image},
                                             {"authors", non_empty_list<person>},
                                             {"categories", non_empty_list<json_string_shape>},
                                             {"generator", text},
                                             {"ttl", int32},
                                             {"hub_url", text},
                                             {"extensions", non_empty_list<extension>}},
                                 .closed = true,
                                 .min_properties = 1};
    return shape;
}

// "wirekit": the version of the representation, 1.
void is_version_1(const nlohmann::json& value, const JsonPath& path, JsonReport& report) {
    if (value != 1) report.error(path, "expected 1 (the only version of this representation), got " + describe_json_value(value));
}
const JsonShape& version() {
    static const JsonShape shape{.rule = is_version_1};
    return shape;
}

const JsonShape& document() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"wirekit", version, json_required},
                                             {"feed", feed},
                                             {"articles", article, json_list | json_required}},
                                 .closed = true};
    return shape;
}

}  // namespace

void validate_json(std::string_view bytes, const ReadOptions&, Findings& findings) {
    validate_json_document(bytes, findings, [](const nlohmann::json& value, std::size_t, JsonReport& report) {
        check_json_shape(value, document(), JsonPath{}, report);
    });
}

void validate_jsonl(std::string_view bytes, const ReadOptions&, Findings& findings) {
    validate_json_lines(bytes, findings, [](const nlohmann::json& value, std::size_t, JsonReport& report) {
        check_json_shape(value, article(), JsonPath{}, report);
    });
}

}  // namespace wirekit
