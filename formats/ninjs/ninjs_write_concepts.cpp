// People, organisations, places, subjects, events, genres and infosources
// (declared in ninjs_write.hpp).
#include <string>
#include <vector>

#include "ids/qcode.hpp"
#include "json/json_dom_emit.hpp"
#include "model/extension.hpp"
#include "ninjs/ninjs_extras.hpp"
#include "ninjs/ninjs_write.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// The ninjs list (2.x name) a subject of KIND goes to.
std::string_view list_of(std::string_view kind) {
    std::string lower = to_lower_ascii(kind);
    if (lower == "person") return "people";
    if (lower == "organisation" || lower == "organization") return "organisations";
    if (lower == "place" || lower == "geo") return "places";
    if (lower == "event") return "events";
    return "subjects";
}

// "medtop:20000763", or the code alone when it has no scheme.
std::string qcode_of(const Concept& c) {
    if (c.code.empty()) return {};
    return c.scheme.empty() ? c.code : c.scheme + ":" + c.code;
}

class ConceptWriter {
public:
    ConceptWriter(JsonEmitter& out, const Article& a, NinjsWriteContext& context) : out_(out), a_(a), cx_(context) {}

    // What the reader kept of the subjects' other members (rel, geojson, ...).
    void load_extras() {
        const std::string* text = find_extension(a_.extensions, ninjs_format_id, subject_extras_key);
        if (!text) return;
        nlohmann::json parsed = nlohmann::json::parse(*text, nullptr, false);
        // Kept extras only fit the subjects they were read with.
        if (parsed.is_array() && parsed.size() == a_.subjects.size()) extras_ = std::move(parsed);
    }

    void people() {
        bool any = !a_.authors.empty();
        for (const auto& c : a_.subjects) any = any || list_of(c.kind) == "people";
        if (!any) return;
        out_.key(cx_.key(ninjs_keys::people));
        out_.begin_array();
        for (const auto& author : a_.authors) person(author);
        concepts_in("people");
        out_.end_array();
    }

    void list(const NinjsKey& key) {
        bool any = false;
        for (const auto& c : a_.subjects) any = any || list_of(c.kind) == key.v2;
        if (!any) return;
        out_.key(cx_.key(key));
        out_.begin_array();
        concepts_in(key.v2);
        out_.end_array();
    }

    // Genres have name, uri and literal only; uri is not checked to be a URI.
    void genres() {
        if (a_.genres.empty()) return;
        out_.key(cx_.key(ninjs_keys::genres));
        out_.begin_array();
        for (const auto& g : a_.genres) {
            out_.begin_object();
            member("name", g.name);
            std::string uri = concept_uri(g);
            member("uri", uri);
            member("literal", literal(g, uri));
            out_.end_object();
        }
        out_.end_array();
    }

    void infosources() {
        if (a_.provider.empty() && a_.sources.empty()) return;
        out_.key(cx_.key(ninjs_keys::infosources));
        out_.begin_array();
        if (!a_.provider.empty()) {
            out_.begin_object();
            member("name", a_.provider);
            member("role", "provider");
            out_.end_object();
        }
        for (const auto& source : a_.sources) {
            out_.begin_object();
            member("name", source);
            out_.end_object();
        }
        out_.end_array();
    }

private:
    void member(std::string_view key, std::string_view value) {
        if (value.empty()) return;
        out_.key(key);
        out_.string(value);
    }

    void extra(std::size_t index, std::string_view list, std::string_view key) {
        if (extras_.is_null()) return;
        const nlohmann::json& e = extras_[index];
        if (!e.is_object()) return;
        auto it = e.find(key);
        if (it == e.end()) return;
        for (std::string_view allowed : concept_extra_keys(list))
            if (allowed == key) {
                out_.key(ninjs_spelling(key, cx_.version));
                emit_json_value(out_, *it, cx_.version == NinjsVersion::v3 ? ninjs_v3_spelling : nullptr);
                return;
            }
    }

    // The subject's URI; a QCode of a known IPTC scheme gives one.
    static std::string concept_uri(const Concept& c) {
        std::string uri = ninjs_uri(c.uri);
        if (uri.empty() && !c.scheme.empty()) uri = expand_qcode(qcode_of(c));
        return uri;
    }

    // The code, unless the URI already says it.
    static std::string literal(const Concept& c, std::string_view uri) {
        std::string qcode = qcode_of(c);
        return !uri.empty() && compact_uri(uri) == qcode ? std::string() : qcode;
    }

    void person(const Person& p) {
        out_.begin_object();
        member("name", p.name);
        member("rel", p.role.empty() ? "author" : p.role);
        member("uri", ninjs_uri(p.uri));
        if (!p.email.empty()) {
            out_.key(cx_.key(ninjs_keys::contactinfo));
            out_.begin_array();
            out_.begin_object();
            out_.key("type");
            out_.string("email");
            out_.key("value");
            out_.string(p.email);
            out_.end_object();
            out_.end_array();
        }
        out_.end_object();
    }

    // Members in schema order: name, rel, uri, literal, then the list's own.
    void concepts_in(std::string_view list) {
        for (std::size_t i = 0; i < a_.subjects.size(); ++i) {
            const Concept& c = a_.subjects[i];
            if (list_of(c.kind) != list) continue;
            out_.begin_object();
            member("name", c.name);
            extra(i, list, "rel");
            std::string uri = concept_uri(c);
            if (uri.empty() && !c.uri.empty()) cx_.note("subject uri \"" + c.uri + "\" is not a URI; left out");
            member("uri", uri);
            member("literal", literal(c, uri));
            if (list == "subjects") {
                extra(i, list, "creator");
                relevance(c);
                extra(i, list, "confidence");
            }
            extra(i, list, "symbols");
            extra(i, list, "contactinfo");
            extra(i, list, "geojson");
            out_.end_object();
        }
    }

    void relevance(const Concept& c) {
        if (!c.relevance) return;
        if (*c.relevance < 0 || *c.relevance > 100) {
            cx_.note("subject relevance " + std::to_string(*c.relevance) + " is outside ninjs' 0-100; left out");
            return;
        }
        out_.key("relevance");
        out_.integer(*c.relevance);
    }

    JsonEmitter& out_;
    const Article& a_;
    NinjsWriteContext& cx_;
    nlohmann::json extras_;
};

}  // namespace

void emit_ninjs_concepts(JsonEmitter& out, const Article& article, NinjsWriteContext& context) {
    ConceptWriter writer(out, article, context);
    writer.load_extras();
    writer.people();
    writer.list(ninjs_keys::organisations);
    writer.list(ninjs_keys::places);
    writer.list(ninjs_keys::subjects);
    writer.list(ninjs_keys::events);
}

void emit_ninjs_genres(JsonEmitter& out, const Article& article, NinjsWriteContext& context) {
    ConceptWriter(out, article, context).genres();
}

void emit_ninjs_infosources(JsonEmitter& out, const Article& article, NinjsWriteContext& context) {
    ConceptWriter(out, article, context).infosources();
}

}  // namespace wirekit
