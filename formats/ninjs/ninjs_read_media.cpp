// Renditions and associations as the model's media (declared in
// ninjs_read.hpp). 2.x and 3.x list them in arrays of objects with a "name";
// 1.x keys them by name in one object.
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "ninjs/ninjs_read.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// JSON numbers beyond 2^53 are no longer exact integers in a double.
constexpr double max_exact_integer = 9007199254740992.0;

std::optional<long long> whole_number(const JsonObject& object, std::string_view key) {
    std::optional<double> n = object.number(key);
    if (!n) return std::nullopt;
    if (std::floor(*n) != *n || std::fabs(*n) > max_exact_integer)
        json_type_error(object.origin(), object.path(key), "a whole number", *object.find(key));
    return static_cast<long long>(*n);
}

// The named members of a 1.x object, or the elements of a 2.x/3.x array,
// each with its name and path.
struct Named {
    std::string name;
    const nlohmann::json* value;
    JsonPath path;
};

std::vector<Named> named_members(const JsonObject& item, std::string_view key, NinjsVersion version, const JsonPath& list) {
    std::vector<Named> out;
    if (version == NinjsVersion::v1) {
        if (const nlohmann::json* members = item.object(key))
            for (const auto& [name, value] : members->items()) out.push_back({name, &value, list.member(name)});
        return out;
    }
    const auto& elements = item.array(key);
    for (std::size_t i = 0; i < elements.size(); ++i) {
        JsonObject element(elements[i], list.element(i), item.origin());
        out.push_back({element.string("name"), &elements[i], element.path()});
    }
    return out;
}

Media rendition_media(const JsonObject& rendition, NinjsVersion version) {
    Media m;
    m.url = rendition.string("href");
    m.mime_type = rendition.string(ninjs_keys::contenttype.in(version));
    m.width = whole_number(rendition, "width");
    m.height = whole_number(rendition, "height");
    m.bytes = whole_number(rendition, ninjs_keys::sizeinbytes.in(version));
    m.duration = rendition.number("duration");
    return m;
}

// Caption and alternative text from an associated object's descriptions.
void read_media_descriptions(const JsonObject& association, NinjsVersion version, Media& out) {
    auto take = [&](std::string_view role, std::string text) {
        std::string lower = to_lower_ascii(role);
        bool alt = lower == "alternativetext" || lower == "alttext" || lower == "alt" || lower == "alt_text";
        std::string& slot = alt ? out.alt_text : out.caption;
        if (slot.empty()) slot = std::move(text);
    };
    if (version == NinjsVersion::v1) {
        for (const auto& [key, value] : association.value().items())
            if (std::string_view(key).starts_with("description_"))
                take(std::string_view(key).substr(12), ninjs_plain_text(association.string(key), "", key.substr(12)));
        return;
    }
    const std::string_view key = ninjs_keys::descriptions.in(version);
    const JsonPath list = association.path(key);
    const auto& elements = association.array(key);
    for (std::size_t i = 0; i < elements.size(); ++i) {
        JsonObject d(elements[i], list.element(i), association.origin());
        std::string role = d.string("role");
        take(role, ninjs_plain_text(d.string("value"), d.string(ninjs_keys::contenttype.in(version)), role));
    }
}

void read_renditions(const JsonObject& item, NinjsVersion version, Article& out) {
    const std::string_view key = ninjs_keys::renditions.in(version);
    const JsonPath list = item.path(key);
    for (const auto& named : named_members(item, key, version, list)) {
        JsonObject rendition(*named.value, named.path, item.origin());
        Media m = rendition_media(rendition, version);
        m.role = named.name;
        m.caption = rendition.string("title");
        out.media.push_back(std::move(m));
    }
}

// Each rendition of an associated object (a picture, a video) with a link is
// one media item; an object without such renditions is one, at its uri.
void read_associations(const JsonObject& item, NinjsVersion version, Article& out) {
    const std::string_view key = ninjs_keys::associations.in(version);
    const JsonPath list = item.path(key);
    for (const auto& named : named_members(item, key, version, list)) {
        JsonObject association(*named.value, named.path, item.origin());
        Media common;
        common.role = named.name;
        common.credit = association.string(ninjs_keys::by.in(version));
        read_media_descriptions(association, version, common);

        const std::string_view renditions_key = ninjs_keys::renditions.in(version);
        const JsonPath renditions_list = association.path(renditions_key);
        std::vector<Media> linked;
        std::optional<Media> first;
        for (const auto& r : named_members(association, renditions_key, version, renditions_list)) {
            JsonObject rendition(*r.value, r.path, item.origin());
            Media m = rendition_media(rendition, version);
            if (!first) first = m;
            if (!m.url.empty()) linked.push_back(std::move(m));
        }
        if (linked.empty()) {
            Media m = first.value_or(Media{});
            m.url = association.string(ninjs_keys::uri.in(version));
            linked.push_back(std::move(m));
        }
        for (auto& m : linked) {
            m.role = common.role;
            m.caption = common.caption;
            m.credit = common.credit;
            m.alt_text = common.alt_text;
            out.media.push_back(std::move(m));
        }
    }
}

}  // namespace

void read_ninjs_media(const JsonObject& item, NinjsVersion version, Article& out) {
    read_renditions(item, version, out);
    read_associations(item, version, out);
}

}  // namespace wirekit
