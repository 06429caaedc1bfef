// What feed and items share (declared in jsonfeed_read.hpp): authors, dates
// and extensions.
#include "jsonfeed/jsonfeed_extensions.hpp"
#include "jsonfeed/jsonfeed_read.hpp"
#include "model/extension.hpp"
#include "time/datetime.hpp"
#include "time/datetime_rfc822.hpp"

namespace wirekit {

namespace {

Person read_author(const JsonObject& author, nlohmann::json& avatars) {
    static constexpr std::string_view known[] = {"name", "url", "avatar"};
    author.warn_unknown_keys(known, [](std::string_view key) { return key.starts_with('_'); });
    for (const auto& item : author.value().items())
        if (item.key().starts_with('_'))
            json_note(author.origin(), author.path(item.key()), "extension inside an author not kept");
    std::string avatar = author.string("avatar");
    avatars.push_back(avatar.empty() ? nlohmann::json() : nlohmann::json(avatar));
    Person p;
    p.name = author.string("name");
    std::string url = author.string("url");
    // An author's URL may be a mailto: link; the model has a field for that.
    if (url.starts_with("mailto:"))
        p.email = url.substr(7);
    else
        p.uri = std::move(url);
    return p;
}

}  // namespace

void read_jsonfeed_authors(const JsonObject& object, std::vector<Person>& out, Extensions& bag) {
    nlohmann::json avatars = nlohmann::json::array();
    if (object.has("authors")) {
        const JsonPath list = object.path("authors");
        const auto& authors = object.array("authors");
        for (std::size_t i = 0; i < authors.size(); ++i)
            out.push_back(read_author(JsonObject(authors[i], list.element(i), object.origin()), avatars));
        if (object.has("author"))
            json_note(object.origin(), object.path("author"),
                      "both \"authors\" and \"author\"; \"authors\" wins, as the spec says");
    } else if (const nlohmann::json* author = object.object("author")) {
        out.push_back(read_author(JsonObject(*author, object.path("author"), object.origin()), avatars));
    }
    for (const auto& avatar : avatars)
        if (!avatar.is_null()) {
            set_extension(bag, jsonfeed_format_id, avatars_key, avatars.dump());
            break;
        }
}

std::optional<DateTime> read_jsonfeed_date(const JsonObject& object, std::string_view key) {
    std::string text = object.string(key);
    if (text.empty()) return std::nullopt;
    if (auto dt = parse_rfc3339(text)) return dt;
    const JsonOrigin& origin = object.origin();
    auto dt = parse_feed_date(text);
    std::string problem = dt ? "not an RFC 3339 date; read as " + format_rfc3339(*dt) : "not a date; left out";
    if (origin.options.strict)
        json_fail(origin, object.path(key), "expected an RFC 3339 date, got " + describe_json_value(*object.find(key)));
    json_warn(origin, object.path(key), problem);
    return dt;
}

void keep_jsonfeed_extensions(const JsonObject& object, Extensions& bag) {
    for (const auto& [key, value] : object.value().items())
        if (is_extension_key(key)) set_extension(bag, jsonfeed_format_id, key, value.dump());
}

}  // namespace wirekit
