// One article as a JSON Feed item (declared in jsonfeed_write.hpp), following
// the spec's mapping from RSS and Atom: guid/id -> id, link -> url, a related
// link -> external_url, description/content -> content_html and content_text,
// enclosures -> attachments, categories -> tags.
#include <algorithm>
#include <array>
#include <cmath>

#include <nlohmann/json.hpp>

#include "html/html_body.hpp"
#include "ids/article_id.hpp"
#include "jsonfeed/jsonfeed_extensions.hpp"
#include "jsonfeed/jsonfeed_write.hpp"
#include "model/extension.hpp"
#include "model/media.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// A MIME type for an attachment that has none (the spec requires one), from
// the file name's suffix.
std::string_view mime_type_from_url(std::string_view url) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> by_suffix{{
        {".jpg", "image/jpeg"},
        {".jpeg", "image/jpeg"},
        {".png", "image/png"},
        {".gif", "image/gif"},
        {".webp", "image/webp"},
        {".mp3", "audio/mpeg"},
        {".m4a", "audio/mp4"},
        {".ogg", "audio/ogg"},
        {".mp4", "video/mp4"},
        {".webm", "video/webm"},
        {".pdf", "application/pdf"},
        {".svg", "image/svg+xml"},
    }};
    std::string path = to_lower_ascii(url.substr(0, url.find_first_of("?#")));
    for (const auto& [suffix, type] : by_suffix)
        if (path.ends_with(suffix)) return type;
    return "application/octet-stream";
}

bool looks_like_image(const Media& m) {
    return (m.mime_type.empty() ? mime_type_from_url(m.url) : std::string_view(m.mime_type)).starts_with("image/");
}

class ItemWriter {
public:
    ItemWriter(JsonEmitter& out, const Article& a, JsonFeedWriteContext& context) : out_(out), a_(a), cx_(context) {
        pick_media();
    }

    void write() {
        out_.begin_object();
        member("id", id());
        member("url", jsonfeed_url(a_.url, "url", cx_));
        member("external_url", jsonfeed_url(external_url(), "related link", cx_));
        member("title", a_.headline);
        content();
        member("summary", a_.summary);
        member("image", image_ ? jsonfeed_url(image_->url, "image", cx_) : std::string());
        member("banner_image", banner_ ? jsonfeed_url(banner_->url, "banner image", cx_) : std::string());
        member("date_published", jsonfeed_date(a_.published ? a_.published : a_.first_created, "published", cx_));
        member("date_modified", jsonfeed_date(a_.updated ? a_.updated : a_.version_created, "updated", cx_));
        emit_jsonfeed_authors(out_, a_.authors, a_.extensions, cx_);
        tags();
        if (a_.language != cx_.feed_language) member("language", a_.language);
        attachments();
        emit_jsonfeed_extensions(out_, a_.extensions, cx_);
        out_.end_object();
    }

private:
    void member(std::string_view key, std::string_view value) {
        if (value.empty()) return;
        out_.key(key);
        out_.string(value);
    }

    // Every item needs an id: the article's, else its URL, else one derived
    // from its content.
    std::string id() const {
        if (!a_.id.empty()) return a_.id;
        return !a_.url.empty() ? a_.url : derived_article_id(a_);
    }

    std::string_view external_url() const {
        for (const auto& link : a_.links)
            if (link.rel == "related" || link.rel == "external") return link.href;
        return {};
    }

    // One of content_html and content_text is required: both when there is a
    // body (HTML keeps its structure, text is for readers that want no
    // markup); the summary as content_text when there is none (as RSS
    // items with a description only have it).
    void content() {
        if (a_.body.empty()) {
            out_.key("content_text");
            out_.string(a_.summary);
            return;
        }
        member("content_html", body_to_html(a_.body));
        std::string text = jsonfeed_body_text(a_.body);
        if (const std::string* kept = find_extension(a_.extensions, jsonfeed_format_id, content_text_key)) {
            nlohmann::json value = nlohmann::json::parse(*kept, nullptr, false);
            if (value.is_string()) text = value.get<std::string>();
        }
        out_.key("content_text");
        out_.string(text);
    }

    // image: the media with role "image", else the first picture; banner_image:
    // the media with role "banner". The rest are attachments, but for images
    // that were inline in the HTML (role "inline"): they belong to the content.
    void pick_media() {
        for (const auto& m : a_.media) {
            if (m.role == "image" && !image_) image_ = &m;
            if (m.role == "banner" && !banner_) banner_ = &m;
        }
        if (!image_)
            for (const auto& m : a_.media)
                if (&m != banner_ && looks_like_image(m)) {
                    image_ = &m;
                    break;
                }
    }

    // Keywords, then the names of subjects not among them: both are what RSS
    // calls categories. The SchemaStore schema wants them unique.
    void tags() {
        std::vector<std::string_view> tags;
        auto add = [&](std::string_view tag) {
            if (!tag.empty() && std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(tag);
        };
        for (const auto& k : a_.keywords) add(k);
        for (const auto& s : a_.subjects) add(s.name);
        if (tags.empty()) return;
        out_.key("tags");
        out_.begin_array();
        for (auto tag : tags) out_.string(tag);
        out_.end_array();
    }

    // Every medium but the image and banner, and those too when they say
    // more than their URL: one attachment per file, all with the medium's
    // caption as title (JSON Feed: attachments with the same title are
    // alternate representations of one thing) and its credit in the
    // extension object _media (each, as a medium without a caption cannot
    // be told to be one).
    void attachments() {
        bool open = false;
        for (const auto& m : a_.media) {
            if ((&m == image_ || &m == banner_) && !says_more_than_a_file(m)) continue;
            if (m.role == "inline") {
                cx_.note("images inline in the HTML are not attachments; left out (the body has no images)");
                continue;
            }
            for (const Rendition& file : renditions_of(m)) {
                std::string url = jsonfeed_url(file.href, "attachment", cx_);
                if (url.empty()) continue;
                if (!open) {
                    out_.key("attachments");
                    out_.begin_array();
                    open = true;
                }
                attachment(m, file, url);
            }
        }
        if (open) out_.end_array();
    }

    void attachment(const Media& m, const Rendition& file, const std::string& url) {
        out_.begin_object();
        member("url", url);
        member("mime_type", file.mime_type.empty() ? mime_type_from_url(url) : std::string_view(file.mime_type));
        member("title", m.caption.empty() ? m.title : m.caption);
        if (file.bytes) {
            out_.key("size_in_bytes");
            out_.integer(*file.bytes);
        }
        if (file.duration && std::isfinite(*file.duration)) {
            out_.key("duration_in_seconds");
            out_.whole_or_number(*file.duration);
        }
        if (!m.credit.empty()) {
            out_.key(media_extension_key);
            out_.begin_object();
            member("credit", m.credit);
            out_.end_object();
        }
        out_.end_object();
    }

    JsonEmitter& out_;
    const Article& a_;
    JsonFeedWriteContext& cx_;
    const Media* image_ = nullptr;
    const Media* banner_ = nullptr;
};

}  // namespace

void emit_jsonfeed_item(JsonEmitter& out, const Article& article, JsonFeedWriteContext& context) {
    ItemWriter(out, article, context).write();
}

}  // namespace wirekit
