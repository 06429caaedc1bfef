#include "jsonfeed/jsonfeed_validate.hpp"

#include "json/json_validation.hpp"

namespace wirekit {

// Named, not anonymous: its parts have the names of the formats's other
// rule tables, and a unity build may compile them together.
namespace jsonfeed_rules {

// An extension is a member whose name starts with an underscore and a letter
// and has no dot; its value is an object whose member names have no dot.
bool is_extension_key(std::string_view key) {
    return key.size() >= 2 && key[0] == '_' &&
           ((key[1] >= 'a' && key[1] <= 'z') || (key[1] >= 'A' && key[1] <= 'Z')) &&
           key.find('.') == std::string_view::npos;
}

bool has_no_dot(std::string_view key) { return key.find('.') == std::string_view::npos; }

const JsonShape& extension() {
    static const JsonShape shape{
        .types = json_type_object, .is_pattern_key = has_no_dot, .pattern_shape = json_any_shape, .closed = true};
    return shape;
}

// The enumeration alone: both values are URIs, so "format": "uri" adds nothing.
const JsonShape& version() {
    static const JsonShape shape{.types = json_type_string,
                                 .choices = {"https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1"}};
    return shape;
}

const JsonShape& author() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"name", json_string_shape}, {"url", json_uri_shape}, {"avatar", json_uri_shape}},
                                 .is_pattern_key = is_extension_key,
                                 .pattern_shape = extension,
                                 .closed = true,
                                 .min_properties = 1};
    return shape;
}

const JsonShape& hub() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"type", json_string_shape, json_required}, {"url", json_uri_shape, json_required}},
                                 .is_pattern_key = is_extension_key,
                                 .pattern_shape = extension,
                                 .closed = true};
    return shape;
}

const JsonShape& attachment() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"url", json_uri_shape, json_required},
                                             {"mime_type", json_string_shape, json_required},
                                             {"title", json_string_shape},
                                             {"size_in_bytes", json_number_shape},
                                             {"duration_in_seconds", json_number_shape}},
                                 .is_pattern_key = is_extension_key,
                                 .pattern_shape = extension,
                                 .closed = true};
    return shape;
}

// "content_html and content_text are each optional strings — but one or the
// other must be present."
void has_content(const nlohmann::json& item, const JsonPath& path, JsonReport& report) {
    if (!item.contains("content_html") && !item.contains("content_text"))
        report.error(path, "an item needs \"content_html\" or \"content_text\"");
}

const JsonShape& item() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"id", json_string_shape, json_required},
                                             {"url", json_uri_shape},
                                             {"external_url", json_uri_shape},
                                             {"title", json_string_shape},
                                             {"content_html", json_string_shape},
                                             {"content_text", json_string_shape},
                                             {"summary", json_string_shape},
                                             {"image", json_uri_shape},
                                             {"banner_image", json_uri_shape},
                                             {"date_published", json_date_time_shape},
                                             {"date_modified", json_date_time_shape},
                                             {"author", author},
                                             {"authors", author, json_list},
                                             {"tags", json_string_shape, json_list},
                                             {"language", json_string_shape},
                                             {"attachments", attachment, json_list}},
                                 .is_pattern_key = is_extension_key,
                                 .pattern_shape = extension,
                                 .closed = true,
                                 .rule = has_content};
    return shape;
}

const JsonShape& feed() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"version", version, json_required},
                                             {"title", json_string_shape, json_required},
                                             {"home_page_url", json_uri_shape},
                                             {"feed_url", json_uri_shape},
                                             {"description", json_string_shape},
                                             {"user_comment", json_string_shape},
                                             {"next_url", json_uri_shape},
                                             {"icon", json_uri_shape},
                                             {"favicon", json_uri_shape},
                                             {"author", author},
                                             {"authors", author, json_list},
                                             {"language", json_string_shape},
                                             {"expired", json_boolean_shape},
                                             {"hubs", hub, json_list},
                                             {"items", item, json_list | json_required}},
                                 .is_pattern_key = is_extension_key,
                                 .pattern_shape = extension,
                                 .closed = true};
    return shape;
}

}  // namespace jsonfeed_rules

void validate_jsonfeed(std::string_view bytes, const ReadOptions&, Findings& findings) {
    validate_json_document(bytes, findings, [](const nlohmann::json& value, std::size_t, JsonReport& report) {
        check_json_shape(value, jsonfeed_rules::feed(), JsonPath{}, report);
    });
}

}  // namespace wirekit
