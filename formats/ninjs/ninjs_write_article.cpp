// One article as a ninjs object (declared in ninjs_write.hpp): properties in
// the order of IPTC's schemas, the model's fields first and the properties
// the ninjs reader kept as extensions in their places among them.
#include <algorithm>
#include <array>

#include "html/html_body.hpp"
#include "ids/article_id.hpp"
#include "json/json_dom_emit.hpp"
#include "model/extension.hpp"
#include "ninjs/ninjs_extras.hpp"
#include "ninjs/ninjs_write.hpp"
#include "text/body_text.hpp"
#include "text/text.hpp"
#include "text/uri_syntax.hpp"
#include "time/datetime.hpp"
#include "time/datetime_instant.hpp"

namespace wirekit {

namespace {

using namespace ninjs_keys;

constexpr std::array<std::string_view, 7> types_2_2{"text",    "audio",     "video",    "picture",
                                                    "graphic", "composite", "component"};
constexpr std::array<std::string_view, 3> pub_statuses{"usable", "withheld", "canceled"};

bool is_one_of(std::string_view value, std::span<const std::string_view> allowed) {
    return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

// The JSON the schemas expect for a property the reader kept verbatim.
enum class Shape { string, full_or_partial, date_time, object, objects };

bool has_shape(const nlohmann::json& value, Shape shape) {
    switch (shape) {
    case Shape::string: return value.is_string();
    case Shape::full_or_partial: return value == "full" || value == "partial";
    case Shape::date_time: {
        if (!value.is_string()) return false;
        auto dt = parse_rfc3339(value.get_ref<const std::string&>());
        return dt && dt->has_time && dt->has_offset;
    }
    case Shape::object: return value.is_object();
    case Shape::objects:
        return value.is_array() &&
               std::all_of(value.begin(), value.end(), [](const nlohmann::json& e) { return e.is_object(); });
    }
    return false;
}

class ArticleWriter {
public:
    ArticleWriter(JsonEmitter& out, const Article& a, NinjsWriteContext& context) : out_(out), a_(a), cx_(context) {}

    void write() {
        out_.begin_object();
        string(uri, id());
        string(type, checked_type());
        carried(representationtype, Shape::full_or_partial);
        carried(profile, Shape::string);
        string(ninjs_keys::version, a_.version);
        date(firstcreated, ninjs_first_created(a_), "first_created");
        date(versioncreated, ninjs_version_created(a_), "version_created");
        date(contentcreated, a_.content_created, "content_created");
        date(embargoed, a_.embargoed, "embargoed");
        string(pubstatus, checked_pub_status());
        urgency_field();
        string(copyrightholder, a_.copyright.holder);
        string(copyrightnotice, a_.copyright.notice);
        string(usageterms, a_.copyright.usage_terms);
        string(ednote, a_.editor_note);
        string(language, a_.language);
        descriptions_field();
        bodies_field();
        headlines_field();
        emit_ninjs_concepts(out_, a_, cx_);
        if (cx_.version == NinjsVersion::v3) {
            carried(event_details, Shape::object);
            carried(planned_coverage, Shape::objects);
        }
        carried(objects, Shape::objects);
        emit_ninjs_infosources(out_, a_, cx_);
        carried(title, Shape::string);
        string(by, a_.byline);
        string(slugline, a_.slugline);
        string(located, located_text());
        emit_ninjs_media(out_, a_, cx_);
        carried(altids, Shape::objects);
        carried(trustindicators, Shape::objects);
        emit_ninjs_genres(out_, a_, cx_);
        carried(expires, Shape::date_time);
        carried(rightsinfo, Shape::object);
        carried(digitalsourcetype, Shape::object);
        out_.end_object();
    }

private:
    void string(const NinjsKey& k, std::string_view value) {
        if (value.empty()) return;
        out_.key(cx_.key(k));
        out_.string(value);
    }

    // uri is the one property ninjs requires, and it must be an absolute URI.
    std::string id() const {
        if (a_.id.empty()) {
            std::string derived = !a_.url.empty() && is_absolute_uri(a_.url) ? a_.url : derived_article_id(a_);
            cx_.note("an article without id got the uri " + derived);
            return derived;
        }
        if (std::string uri = ninjs_uri(a_.id); !uri.empty()) return uri;
        std::string derived = derived_article_id(a_);
        cx_.note("id \"" + a_.id + "\" is not a URI; written as the uri " + derived);
        return derived;
    }

    std::string_view checked_type() const {
        if (a_.type.empty()) return {};
        if (is_ninjs_type(a_.type, cx_.version)) return a_.type;
        cx_.note("type \"" + a_.type + "\" is not a ninjs type; left out");
        return {};
    }

    std::string_view checked_pub_status() const {
        if (a_.pub_status.empty() || is_one_of(a_.pub_status, pub_statuses)) return a_.pub_status;
        cx_.note("pub_status \"" + a_.pub_status + "\" is not a ninjs pubstatus; left out");
        return {};
    }

    void date(const NinjsKey& k, const std::optional<DateTime>& dt, std::string_view field) {
        if (!dt) return;
        auto instant = rfc3339_instant(*dt);
        if (!instant) {
            cx_.note(std::string(field) + " " + format_rfc3339(*dt) + " is no RFC 3339 date-time; left out");
            return;
        }
        if (instant->approximated)
            cx_.note(
                "ninjs dates need a time and a zone: bare dates are written as midnight UTC, times without zone as UTC");
        out_.key(cx_.key(k));
        out_.string(instant->text);
    }

    void urgency_field() {
        if (!a_.urgency) return;
        if (*a_.urgency < 1 || *a_.urgency > 9) {
            cx_.note("urgency " + std::to_string(*a_.urgency) + " is outside ninjs' 1-9; left out");
            return;
        }
        out_.key(cx_.key(urgency));
        out_.integer(*a_.urgency);
    }

    void text_object(std::string_view role, std::string_view content_type, std::string_view value) {
        // Readers take an untyped value that starts with '<' for HTML; plain
        // text that does says what it is.
        if (content_type.empty() && trim(value).starts_with('<')) content_type = "text/plain";
        out_.begin_object();
        out_.key("role");
        out_.string(role);
        if (!content_type.empty()) {
            out_.key(cx_.key(contenttype));
            out_.string(content_type);
        }
        out_.key("value");
        out_.string(value);
        out_.end_object();
    }

    void descriptions_field() {
        if (a_.summary.empty()) return;
        out_.key(cx_.key(descriptions));
        out_.begin_array();
        text_object("summary", "text/plain", a_.summary);
        out_.end_array();
    }

    // The body twice: as HTML (its structure) and as plain text.
    void bodies_field() {
        if (a_.body.empty()) return;
        std::string text;
        for (const auto& paragraph : block_paragraphs(a_.body)) text += (text.empty() ? "" : "\n\n") + paragraph;
        out_.key(cx_.key(bodies));
        out_.begin_array();
        text_object("main", "text/html", body_to_html(a_.body));
        text_object("main", "text/plain", text);
        out_.end_array();
    }

    void headlines_field() {
        if (a_.headline.empty() && a_.subheadline.empty()) return;
        out_.key(cx_.key(headlines));
        out_.begin_array();
        if (!a_.headline.empty()) text_object("main", {}, a_.headline);
        if (!a_.subheadline.empty()) text_object("sub", {}, a_.subheadline);
        out_.end_array();
    }

    // ninjs' located is a string: the place, then the broader places, by name.
    std::string located_text() const {
        std::string text = a_.located.name;
        bool coded = !a_.located.code.empty();
        for (const auto& place : a_.located.broader) {
            if (!place.name.empty()) text += (text.empty() ? "" : ", ") + place.name;
            coded = coded || !place.code.empty();
        }
        if (coded) cx_.note("located is a name in ninjs: place codes left out");
        return text;
    }

    // What the ninjs reader kept of property K, when it still has SHAPE.
    void carried(const NinjsKey& k, Shape shape) {
        std::string_view canonical = k.v2.empty() ? k.v3 : k.v2;
        const std::string* text = find_extension(a_.extensions, ninjs_format_id, canonical);
        if (!text) return;
        nlohmann::json value = nlohmann::json::parse(*text, nullptr, false);
        if (!has_shape(value, shape)) {
            cx_.note("the kept ninjs property " + std::string(canonical) + " is not what ninjs expects there; left out");
            return;
        }
        out_.key(cx_.key(k));
        emit_json_value(out_, value, cx_.version == NinjsVersion::v3 ? ninjs_v3_spelling : nullptr);
    }

    JsonEmitter& out_;
    const Article& a_;
    NinjsWriteContext& cx_;
};

}  // namespace

void NinjsWriteContext::note(std::string message) {
    if (std::find(notes.begin(), notes.end(), message) == notes.end()) notes.push_back(std::move(message));
}

const std::optional<DateTime>& ninjs_first_created(const Article& a) {
    return a.first_created ? a.first_created : a.published;
}

const std::optional<DateTime>& ninjs_version_created(const Article& a) {
    if (a.version_created) return a.version_created;
    return a.updated ? a.updated : a.published;
}

bool is_ninjs_type(std::string_view type, NinjsVersion version) {
    return is_one_of(type, types_2_2) || (version == NinjsVersion::v3 && (type == "event" || type == "planning"));
}

std::string ninjs_uri(std::string_view uri) { return to_absolute_uri(uri).value_or(std::string()); }

void emit_ninjs_article(JsonEmitter& out, const Article& article, NinjsWriteContext& context) {
    ArticleWriter(out, article, context).write();
}

}  // namespace wirekit
