// What feed and items share (declared in jsonfeed_write.hpp).
#include <algorithm>

#include "json/json_dom_emit.hpp"
#include "jsonfeed/jsonfeed_extensions.hpp"
#include "jsonfeed/jsonfeed_write.hpp"
#include "model/extension.hpp"
#include "text/uri_syntax.hpp"
#include "time/datetime.hpp"
#include "time/datetime_instant.hpp"

namespace wirekit {

void JsonFeedWriteContext::note(std::string message) {
    if (std::find(notes.begin(), notes.end(), message) == notes.end()) notes.push_back(std::move(message));
}

std::string jsonfeed_url(std::string_view url, std::string_view what, JsonFeedWriteContext& context) {
    if (url.empty()) return {};
    if (auto uri = to_absolute_uri(url)) return *uri;
    context.note(std::string(what) + " \"" + std::string(url) + "\" is not an absolute URL; left out");
    return {};
}

std::string jsonfeed_date(const std::optional<DateTime>& dt, std::string_view what, JsonFeedWriteContext& context) {
    if (!dt) return {};
    auto instant = rfc3339_instant(*dt);
    if (!instant) {
        context.note(std::string(what) + " " + format_rfc3339(*dt) + " is no RFC 3339 date-time; left out");
        return {};
    }
    if (instant->approximated)
        context.note(
            "JSON Feed dates need a time and a zone: bare dates are written as midnight UTC, times without zone as UTC");
    return instant->text;
}

void emit_jsonfeed_authors(JsonEmitter& out, const std::vector<Person>& people, const Extensions& bag,
                           JsonFeedWriteContext& context) {
    nlohmann::json avatars;
    if (const std::string* kept = find_extension(bag, jsonfeed_format_id, avatars_key)) {
        avatars = nlohmann::json::parse(*kept, nullptr, false);
        // Kept avatars only fit the authors they were read with.
        if (!avatars.is_array() || avatars.size() != people.size()) avatars = nullptr;
    }
    struct Author {
        std::string name, url, avatar;
    };
    std::vector<Author> authors;
    for (std::size_t i = 0; i < people.size(); ++i) {
        const Person& p = people[i];
        Author a{p.name, jsonfeed_url(p.uri, "author URL", context), {}};
        if (a.url.empty() && !p.email.empty()) a.url = jsonfeed_url("mailto:" + p.email, "author email", context);
        if (avatars.is_array() && avatars[i].is_string())
            a.avatar = jsonfeed_url(avatars[i].get<std::string>(), "avatar", context);
        // An author object needs at least one member.
        if (a.name.empty() && a.url.empty() && a.avatar.empty()) continue;
        authors.push_back(std::move(a));
    }
    if (authors.empty()) return;
    out.key("authors");
    out.begin_array();
    auto member = [&](std::string_view key, const std::string& value) {
        if (value.empty()) return;
        out.key(key);
        out.string(value);
    };
    for (const auto& a : authors) {
        out.begin_object();
        member("name", a.name);
        member("url", a.url);
        member("avatar", a.avatar);
        out.end_object();
    }
    out.end_array();
}

void emit_jsonfeed_extensions(JsonEmitter& out, const Extensions& bag, JsonFeedWriteContext& context) {
    for (const auto& e : bag) {
        if (e.format != jsonfeed_format_id || !is_extension_key(e.key)) continue;
        if (!is_writable_extension(e.key, e.value)) {
            context.note("extension " + e.key + " is not an object the JSON Feed schemas accept; left out");
            continue;
        }
        out.key(e.key);
        emit_json_value(out, nlohmann::json::parse(e.value));
    }
}

}  // namespace wirekit
