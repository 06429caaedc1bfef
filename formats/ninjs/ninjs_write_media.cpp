// The model's media as renditions or associations (declared in
// ninjs_write.hpp). A picture, video, audio or graphic item lists its own
// renditions; any other item links each media file as an associated object
// with one rendition.
#include <cmath>
#include <string>
#include <vector>

#include "ninjs/ninjs_write.hpp"

namespace wirekit {

namespace {

bool is_media_item(std::string_view type) {
    return type == "picture" || type == "video" || type == "audio" || type == "graphic";
}

// The ninjs type of an associated object, from its MIME type.
std::string_view type_of(std::string_view mime_type) {
    if (mime_type.starts_with("image/")) return "picture";
    if (mime_type.starts_with("video/")) return "video";
    if (mime_type.starts_with("audio/")) return "audio";
    return {};
}

class MediaWriter {
public:
    MediaWriter(JsonEmitter& out, const Article& a, NinjsWriteContext& context) : out_(out), a_(a), cx_(context) {}

    void write() {
        std::vector<const Media*> linked;
        for (const auto& m : a_.media) {
            if (!ninjs_uri(m.url).empty())
                linked.push_back(&m);
            else
                cx_.note("media \"" + m.url + "\" has no absolute URI; left out");
        }
        if (linked.empty()) return;
        if (is_media_item(a_.type))
            renditions(linked);
        else
            associations(linked);
    }

private:
    void member(std::string_view key, std::string_view value) {
        if (value.empty()) return;
        out_.key(key);
        out_.string(value);
    }

    // name, href, contenttype, title, height, width, sizeinbytes, duration:
    // the schema's order.
    void rendition(const Media& m, std::string_view name, std::string_view title) {
        out_.begin_object();
        member("name", name);
        member("href", ninjs_uri(m.url));
        if (!m.mime_type.empty()) member(cx_.key(ninjs_keys::contenttype), m.mime_type);
        member("title", title);
        if (m.height) {
            out_.key("height");
            out_.integer(*m.height);
        }
        if (m.width) {
            out_.key("width");
            out_.integer(*m.width);
        }
        if (m.bytes) {
            out_.key(cx_.key(ninjs_keys::sizeinbytes));
            out_.integer(*m.bytes);
        }
        if (m.duration && std::isfinite(*m.duration)) {
            out_.key("duration");
            out_.number(*m.duration);
        }
        out_.end_object();
    }

    // A rendition's name is its role: "main" when the first has none.
    void renditions(const std::vector<const Media*>& linked) {
        out_.key(cx_.key(ninjs_keys::renditions));
        out_.begin_array();
        for (std::size_t i = 0; i < linked.size(); ++i) {
            const Media& m = *linked[i];
            std::string name = !m.role.empty() ? m.role : i == 0 ? "main" : "rendition" + std::to_string(i + 1);
            rendition(m, name, m.caption);
        }
        out_.end_array();
        for (const Media* m : linked)
            if (!m->credit.empty() || !m->alt_text.empty())
                cx_.note("renditions have no credit or alternative text; left out");
    }

    void associations(const std::vector<const Media*>& linked) {
        out_.key(cx_.key(ninjs_keys::associations));
        out_.begin_array();
        for (std::size_t i = 0; i < linked.size(); ++i) {
            const Media& m = *linked[i];
            out_.begin_object();
            member("name", !m.role.empty() ? m.role : "media" + std::to_string(i + 1));
            member("uri", ninjs_uri(m.url));
            member("type", type_of(m.mime_type));
            if (!m.caption.empty() || !m.alt_text.empty()) {
                out_.key(cx_.key(ninjs_keys::descriptions));
                out_.begin_array();
                description("caption", m.caption);
                description("alternativetext", m.alt_text);
                out_.end_array();
            }
            member(cx_.key(ninjs_keys::by), m.credit);
            out_.key(cx_.key(ninjs_keys::renditions));
            out_.begin_array();
            rendition(m, "main", {});
            out_.end_array();
            out_.end_object();
        }
        out_.end_array();
    }

    void description(std::string_view role, std::string_view value) {
        if (value.empty()) return;
        out_.begin_object();
        out_.key("role");
        out_.string(role);
        out_.key("value");
        out_.string(value);
        out_.end_object();
    }

    JsonEmitter& out_;
    const Article& a_;
    NinjsWriteContext& cx_;
};

}  // namespace

void emit_ninjs_media(JsonEmitter& out, const Article& article, NinjsWriteContext& context) {
    MediaWriter(out, article, context).write();
}

}  // namespace wirekit
