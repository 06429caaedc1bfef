#include "newsml/newsml_read_media.hpp"

#include <string>
#include <utility>

#include "ids/qcode.hpp"
#include "model/media.hpp"
#include "newsml/newsml_read_concepts.hpp"
#include "newsml/newsml_read_context.hpp"
#include "text/text.hpp"

namespace wirekit::newsml {

namespace {

std::string code_of_qcode(const std::string& qcode) {
    auto q = split_qcode(qcode);
    return q ? std::string(q->code) : qcode;
}

// The class an item reference names: an itemClass child or attribute.
std::string item_class_of(pugi::xml_node ref) {
    if (pugi::xml_node item_class = g2_child(ref, "itemClass")) return code_of_qcode(plain_attribute(item_class, "qcode"));
    return code_of_qcode(plain_attribute(ref, "itemClass"));
}

std::string type_from_content_type(std::string_view mime) {
    Media m;
    m.mime_type = to_lower_ascii(mime);
    return std::string(type_of(m));
}

bool is_caption_role(pugi::xml_node element) {
    return contains_ci(plain_attribute(element, "role"), "caption");
}

// Relations that associate an item with another (NewsCodes itemrelation);
// previousVersion, derivedFrom and the like do not.
bool associates(pugi::xml_node ref) {
    std::string rel = code_of_qcode(plain_attribute(ref, "rel"));
    return rel.empty() || rel == "seeAlso" || rel == "associatedWith";
}

std::optional<long long> count_of(pugi::xml_node element, const char* name) {
    std::string text = plain_attribute(element, name);
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 18) return std::nullopt;
    return std::stoll(text);
}

std::string first_of(const std::string& a, const std::string& b) { return a.empty() ? b : a; }

}  // namespace

std::optional<Media> association_from_reference(pugi::xml_node ref) {
    std::string mime = plain_attribute(ref, "contenttype");
    std::string type = item_class_of(ref);
    if (type.empty()) type = type_from_content_type(mime);
    if (!is_media_type(type) || !associates(ref)) return std::nullopt;
    Media m;
    m.type = type;
    m.id = first_of(plain_attribute(ref, "residref"), plain_attribute(ref, "guidref"));
    std::string href = plain_attribute(ref, "href");
    // A reference to the item's G2 document (contenttype application/vnd.iptc.g2.newsitem+xml) names no file of it.
    if (contains_ci(mime, "vnd.iptc.g2")) {
        if (m.id.empty()) m.id = href;
    } else if (!href.empty() || !mime.empty()) {
        add_rendition(m, {{}, href, mime, count_of(ref, "width"), count_of(ref, "height"), count_of(ref, "size"), std::nullopt});
    }
    m.title = collapse_spaces(ref.attribute("title").value());
    ChildNamespaces siblings(ref);
    for (pugi::xml_node child : ref.children()) {
        G2Name is(child, siblings);
        if (!is("title") && !is("headline") && !is("description")) continue;
        std::string& slot = is_caption_role(child) || is("description") ? m.caption : m.title;
        if (slot.empty()) slot = is("description") ? block_text(child) : line_text(child);
    }
    read_wk_media_fields(ref, m);
    return m;
}

Media association_from_item(const Article& item, pugi::xml_node element, pugi::xml_node ref) {
    // own_content put the item's files first.
    Media m;
    if (g2_child(g2_child(element, "contentSet"), "remoteContent") && !item.media.empty()) m = item.media.front();
    m.id = wk_attribute(ref, "derived").value_or("") == "true" ? std::string() : item.id;
    m.type = item.type;
    m.title = item.headline;
    if (pugi::xml_node content_meta = g2_child(element, "contentMeta"))
        for (pugi::xml_node description : content_meta.children())
            if (is_g2(description, "description") && is_caption_role(description) && m.caption.empty())
                m.caption = block_text(description);
    if (m.caption.empty()) m.caption = item.summary;
    m.by = item.byline;
    for (const Person& p : item.authors)
        if (item.byline.empty() && !p.name.empty()) m.by += (m.by.empty() ? "" : ", ") + p.name;
    m.credit = first_of(item.creditline, m.by);
    m.copyright = item.copyright;
    read_wk_media_fields(ref, m);
    return m;
}

Media own_content(std::vector<Media> files) {
    Media own = std::move(files.front());
    for (std::size_t i = 1; i < files.size(); ++i)
        for (Rendition& r : renditions_of(files[i])) add_rendition(own, std::move(r));
    return own;
}

}  // namespace wirekit::newsml
