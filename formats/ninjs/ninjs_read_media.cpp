// Renditions and associations as the model's media (declared in
// ninjs_read.hpp). 2.x and 3.x list them in arrays of objects with a "name";
// 1.x keys them by name in one object.
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "model/media.hpp"
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

// The files ITEM lists in its renditions, each under its name. A rendition
// without href names no file: it is left out. 1.x objects may give one
// MIME type for all their renditions.
std::vector<Rendition> read_files(const JsonObject& item, NinjsVersion version) {
    const std::string_view key = ninjs_keys::renditions.in(version);
    const std::string_view type_key = ninjs_keys::contenttype.in(version);
    const JsonPath list = item.path(key);
    std::vector<Rendition> files;
    for (const auto& named : named_members(item, key, version, list)) {
        JsonObject r(*named.value, named.path, item.origin());
        // dpa digitalwires names them url and mimetype.
        std::string href = r.string("href"), mime_type = r.string(type_key);
        if (href.empty()) href = r.string("url");
        if (mime_type.empty()) mime_type = r.string("mimetype");
        Rendition file{named.name,
                       std::move(href),
                       std::move(mime_type),
                       whole_number(r, "width"),
                       whole_number(r, "height"),
                       whole_number(r, ninjs_keys::sizeinbytes.in(version)),
                       r.number("duration")};
        if (file.href.empty()) {
            json_note(item.origin(), named.path, "a rendition without \"href\" names no file; left out");
            continue;
        }
        if (file.mime_type.empty() && version == NinjsVersion::v1) file.mime_type = item.string(type_key);
        files.push_back(std::move(file));
    }
    return files;
}

// Caption and alternative text from an associated object's descriptions:
// the first of any role but alternative text is the caption.
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

// An associated object as one item: its uri the id, its renditions its
// files. ninjs has no credit line: "by" is what agencies print as the credit
// (TT: "Karl Melander/TT"), so it is both. An object with only uri and type
// (AP's references to items served on their own) stays such a reference.
Media association_of(const JsonObject& association, NinjsVersion version, std::string name) {
    using namespace ninjs_keys;
    Media m;
    m.role = std::move(name);
    m.id = association.string(uri.in(version));
    m.type = association.string(type.in(version));
    m.title = ninjs_headline(association, version);
    read_media_descriptions(association, version, m);
    m.by = collapse_spaces(association.string(by.in(version)));
    m.credit = m.by;
    // dpa digitalwires: urn, type "image", caption and creditline of their own.
    if (m.id.empty()) m.id = association.string("urn");
    if (m.type == "image") m.type = "picture";
    if (m.caption.empty()) m.caption = association.string("caption");
    if (std::string credit = collapse_spaces(association.string("creditline")); !credit.empty()) m.credit = std::move(credit);
    m.copyright = {association.string(copyrightholder.in(version)), association.string(copyrightnotice.in(version)),
                   association.string(usageterms.in(version))};
    set_renditions(m, read_files(association, version));
    return m;
}

}  // namespace

void read_ninjs_media(const JsonObject& item, NinjsVersion version, Article& out) {
    // The item's own renditions are the files of one medium, as a NewsML-G2
    // item's remoteContents are.
    Media own;
    set_renditions(own, read_files(item, version));
    if (own != Media{}) out.media.push_back(std::move(own));

    const std::string_view key = ninjs_keys::associations.in(version);
    const JsonPath list = item.path(key);
    for (auto& named : named_members(item, key, version, list)) {
        JsonObject association(*named.value, named.path, item.origin());
        add_association(out.media, association_of(association, version, std::move(named.name)));
    }
}

}  // namespace wirekit
