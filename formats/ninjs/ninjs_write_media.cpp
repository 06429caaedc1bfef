// The model's media as renditions or associations (declared in
// ninjs_write.hpp). A picture, video, audio or graphic item lists its own
// files as renditions; every other medium is an associated object.
#include <cmath>
#include <string>
#include <vector>

#include "model/media.hpp"
#include "ninjs/ninjs_write.hpp"

namespace wirekit {

namespace {

// An associated item with what ninjs can link of it.
struct Linked {
    const Media* item;
    std::vector<Rendition> files;
    std::string uri;
};

class MediaWriter {
public:
    MediaWriter(JsonEmitter& out, const Article& a, NinjsWriteContext& context) : out_(out), a_(a), cx_(context) {}

    void write() {
        std::vector<Rendition> own;
        std::vector<Linked> associated;
        for (const auto& m : a_.media) {
            if (!is_own(m)) {
                link(m, associated);
                continue;
            }
            for (Rendition& file : linked(renditions_of(m))) own.push_back(std::move(file));
            if (!m.caption.empty() || !m.credit.empty() || !m.alt_text.empty())
                cx_.note("an item's own renditions have no caption, credit or alternative text; left out");
        }
        if (!own.empty()) {
            out_.key(cx_.key(ninjs_keys::renditions));
            renditions(own);
        }
        if (!associated.empty()) associations(associated);
    }

private:
    // A picture's (video's, ...) files without an id of their own are its
    // renditions.
    bool is_own(const Media& m) const { return is_media_type(a_.type) && (m.id.empty() || m.id == a_.id); }

    // FILES with an absolute URI (ninjs requires one), as that URI.
    std::vector<Rendition> linked(std::vector<Rendition> files) {
        std::vector<Rendition> out;
        for (Rendition& file : files) {
            std::string uri = ninjs_uri(file.href);
            if (uri.empty()) {
                cx_.note("media \"" + file.href + "\" has no absolute URI; left out");
                continue;
            }
            file.href = std::move(uri);
            out.push_back(std::move(file));
        }
        return out;
    }

    // ninjs requires an association's uri: the item's id, else its first
    // file. An item with neither is left out.
    void link(const Media& m, std::vector<Linked>& out) {
        std::vector<Rendition> files = linked(renditions_of(m));
        std::string uri = ninjs_uri(m.id);
        if (uri.empty() && !files.empty()) uri = files.front().href;
        if (uri.empty()) {
            cx_.note("an associated item without a URI or a file at one is left out");
            return;
        }
        out.push_back({&m, std::move(files), std::move(uri)});
    }

    void member(std::string_view key, std::string_view value) {
        if (value.empty()) return;
        out_.key(key);
        out_.string(value);
    }

    void member(const NinjsKey& key, std::string_view value) { member(cx_.key(key), value); }

    void integer(std::string_view key, const std::optional<long long>& value) {
        if (!value) return;
        out_.key(key);
        out_.integer(*value);
    }

    // name, href, contenttype, height, width, sizeinbytes, duration: the
    // schema's order. A file without a name is "main" when first.
    void renditions(const std::vector<Rendition>& files) {
        out_.begin_array();
        for (std::size_t i = 0; i < files.size(); ++i) {
            const Rendition& r = files[i];
            out_.begin_object();
            member("name", !r.name.empty() ? r.name : i == 0 ? "main" : "rendition" + std::to_string(i + 1));
            member("href", r.href);
            member(ninjs_keys::contenttype, r.mime_type);
            integer("height", r.height);
            integer("width", r.width);
            integer(cx_.key(ninjs_keys::sizeinbytes), r.bytes);
            if (r.duration && std::isfinite(*r.duration)) {
                out_.key("duration");
                out_.number(*r.duration);
            }
            out_.end_object();
        }
        out_.end_array();
    }

    std::string_view type_for(const Media& m) {
        if (m.type.empty()) return type_of(m);
        if (is_ninjs_type(m.type, cx_.version)) return m.type;
        cx_.note("media type \"" + m.type + "\" is not a ninjs type; left out");
        return {};
    }

    // ninjs has one "by", which agencies fill with the credit to print.
    std::string_view credit_of(const Media& m) {
        if (m.credit.empty()) return m.by;
        if (!m.by.empty() && m.by != m.credit)
            cx_.note("an associated item's by-line beside its credit has no place in ninjs; left out");
        return m.credit;
    }

    void text_object(std::string_view role, std::string_view value) {
        if (value.empty()) return;
        out_.begin_object();
        member("role", role);
        member("value", value);
        out_.end_object();
    }

    // Properties in the schema's order: uri, type, copyright, descriptions,
    // headlines, by, renditions.
    void associations(const std::vector<Linked>& items) {
        out_.key(cx_.key(ninjs_keys::associations));
        out_.begin_array();
        for (std::size_t i = 0; i < items.size(); ++i) {
            const Media& m = *items[i].item;
            out_.begin_object();
            member("name", !m.role.empty() ? m.role : "media" + std::to_string(i + 1));
            member(ninjs_keys::uri, items[i].uri);
            member(ninjs_keys::type, type_for(m));
            member(ninjs_keys::copyrightholder, m.copyright.holder);
            member(ninjs_keys::copyrightnotice, m.copyright.notice);
            member(ninjs_keys::usageterms, m.copyright.usage_terms);
            if (!m.caption.empty() || !m.alt_text.empty()) {
                out_.key(cx_.key(ninjs_keys::descriptions));
                out_.begin_array();
                text_object("caption", m.caption);
                text_object("alternativetext", m.alt_text);
                out_.end_array();
            }
            if (!m.title.empty()) {
                out_.key(cx_.key(ninjs_keys::headlines));
                out_.begin_array();
                text_object("main", m.title);
                out_.end_array();
            }
            member(ninjs_keys::by, credit_of(m));
            if (!items[i].files.empty()) {
                out_.key(cx_.key(ninjs_keys::renditions));
                renditions(items[i].files);
            }
            out_.end_object();
        }
        out_.end_array();
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
