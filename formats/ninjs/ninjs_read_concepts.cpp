// People, organisations, places, subjects, events, genres and infosources
// (declared in ninjs_read.hpp). 2.x and 3.x identify a concept by "uri"
// and/or "literal", 1.x by "scheme" and "code".
#include <array>
#include <climits>
#include <string>

#include "ids/qcode.hpp"
#include "model/extension.hpp"
#include "ninjs/ninjs_extras.hpp"
#include "ninjs/ninjs_read.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// People whose relation names a role in making the content are its authors
// (ninjs "author", NewsML-G2 "crol:author", "cRole:phot", "ctrol:supplier");
// the others ("about", "mentions", none) are what it is about.
bool is_creator_relation(std::string_view rel) {
    static constexpr std::array creator_words{"author",   "creat",         "contrib",   "phot",     "edit",   "writ",
                                              "report",   "correspondent", "byline",    "video",    "camera", "illustrat",
                                              "translat", "produc",        "columnist", "supplier", "role"};
    std::string lower = to_lower_ascii(rel);
    for (std::string_view word : creator_words)
        if (lower.find(word) != std::string::npos) return true;
    return false;
}

// A concept's identity: 2.x/3.x uri and literal, 1.x scheme and code.
void read_identity(const JsonObject& item, NinjsVersion version, Concept& out) {
    std::string literal = version == NinjsVersion::v1 ? item.string("code") : item.string("literal");
    out.uri = version == NinjsVersion::v1 ? std::string() : item.string("uri");
    if (version == NinjsVersion::v1) {
        // 1.x: the scheme is a vocabulary URI the code belongs to.
        std::string scheme = item.string("scheme");
        if (literal.find("://") != std::string::npos) {
            out.uri = std::move(literal);
            literal.clear();
        } else if (!scheme.empty() && !literal.empty()) {
            out.uri = scheme + literal;
            literal.clear();
        }
    }
    // A literal that is a QCode ("medtop:20000763") gives scheme and code;
    // without a literal, a URI under an IPTC scheme does.
    std::string qcode_text = literal.empty() ? compact_uri(out.uri) : literal;
    if (auto qcode = qcode_text.find("://") == std::string::npos ? split_qcode(qcode_text) : std::nullopt) {
        out.scheme = qcode->alias;
        out.code = qcode->code;
    } else {
        out.code = std::move(literal);
    }
}

std::string email_of(const JsonObject& person, NinjsVersion version) {
    if (version == NinjsVersion::v1) return {};
    const std::string_view key = ninjs_keys::contactinfo.in(version);
    const JsonPath list = person.path(key);
    const auto& entries = person.array(key);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        JsonObject entry(entries[i], list.element(i), person.origin());
        if (iequals_ascii(entry.string("type"), "email")) return entry.string("value");
    }
    return {};
}

class ConceptReader {
public:
    ConceptReader(const JsonObject& item, NinjsVersion version, Article& out) : item_(item), version_(version), out_(out) {}

    void read_list(const NinjsKey& key, std::string_view kind) {
        std::string_view name = key.in(version_);
        const JsonPath list = item_.path(name);
        const auto& elements = item_.array(name);
        for (std::size_t i = 0; i < elements.size(); ++i) {
            JsonObject element(elements[i], list.element(i), item_.origin());
            std::string rel = element.string("rel");
            if (kind == "person" && is_creator_relation(rel)) {
                Concept identity;
                read_identity(element, version_, identity);
                out_.authors.push_back({element.string("name"), rel, identity.uri, email_of(element, version_)});
                continue;
            }
            Concept c;
            c.name = element.string("name");
            c.kind = std::string(kind);
            read_identity(element, version_, c);
            if (kind.empty())
                if (auto relevance = element.integer("relevance", INT_MIN, INT_MAX))
                    c.relevance = static_cast<int>(*relevance);
            out_.subjects.push_back(std::move(c));
            extras_.push_back(extras_of(element, key.v2));
        }
    }

    void read_genres() {
        std::string_view name = ninjs_keys::genres.in(version_);
        const JsonPath list = item_.path(name);
        const auto& elements = item_.array(name);
        for (std::size_t i = 0; i < elements.size(); ++i) {
            JsonObject element(elements[i], list.element(i), item_.origin());
            Concept c;
            c.name = element.string("name");
            read_identity(element, version_, c);
            out_.genres.push_back(std::move(c));
        }
    }

    void read_infosources() {
        std::string_view name = ninjs_keys::infosources.in(version_);
        const JsonPath list = item_.path(name);
        const auto& elements = item_.array(name);
        for (std::size_t i = 0; i < elements.size(); ++i) {
            JsonObject element(elements[i], list.element(i), item_.origin());
            std::string role = element.string(version_ == NinjsVersion::v1 ? "rel" : "role");
            std::string source = element.string("name");
            if (source.empty()) source = element.string(version_ == NinjsVersion::v1 ? "code" : "literal");
            if (contains_ci(role, "provider") && out_.provider.empty())
                out_.provider = std::move(source);
            else
                out_.sources.push_back(std::move(source));
        }
    }

    // Keeps the extras only when some concept has any.
    void store_extras() {
        for (const auto& e : extras_) {
            if (e.is_null()) continue;
            set_extension(out_.extensions, ninjs_format_id, subject_extras_key, nlohmann::json(extras_).dump());
            return;
        }
    }

private:
    // 2.x and 3.x only: 1.x concepts have no extras the later versions share.
    nlohmann::json extras_of(const JsonObject& element, std::string_view list) const {
        nlohmann::json extras;
        if (version_ == NinjsVersion::v1) return extras;
        for (std::string_view key : concept_extra_keys(list))
            if (const nlohmann::json* value = element.find(ninjs_spelling(key, version_)))
                extras[std::string(key)] = respelled(*value, NinjsVersion::v2);
        return extras;
    }

    const JsonObject& item_;
    NinjsVersion version_;
    Article& out_;
    std::vector<nlohmann::json> extras_;
};

}  // namespace

void read_ninjs_concepts(const JsonObject& item, NinjsVersion version, Article& out) {
    ConceptReader reader(item, version, out);
    // Schema order, which the writer keeps: a round trip keeps the order too.
    reader.read_list(ninjs_keys::people, "person");
    reader.read_list(ninjs_keys::organisations, "organisation");
    reader.read_list(ninjs_keys::places, "place");
    reader.read_list(ninjs_keys::subjects, "");
    reader.read_list(ninjs_keys::events, "event");
    reader.store_extras();
    reader.read_genres();
    reader.read_infosources();
}

}  // namespace wirekit
