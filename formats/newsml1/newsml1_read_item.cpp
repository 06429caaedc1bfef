#include "newsml1/newsml1_read_item.hpp"

#include <vector>

#include "dateline/byline.hpp"
#include "dateline/dateline_stated.hpp"
#include "ids/article_id.hpp"
#include "model/media.hpp"
#include "newsml1/newsml1_fields.hpp"
#include "newsml1/newsml1_read_content.hpp"
#include "newsml1/newsml1_read_meta.hpp"
#include "story/plain_text_body.hpp"
#include "text/numbers.hpp"
#include "text/text.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit::newsml1 {

namespace {

std::string role_of(pugi::xml_node component) { return to_lower_ascii(formal_name(nml_child(component, "Role"))); }

bool role_in(std::string_view role, std::initializer_list<std::string_view> roles) {
    for (std::string_view r : roles)
        if (role == r) return true;
    return false;
}

bool is_title_role(std::string_view role) { return role_in(role, {"title", "headline"}); }
bool is_summary_role(std::string_view role) { return role_in(role, {"abstract", "lead", "summary", "teaser"}); }

// Roles whose own text is not the story: its parts, its media, their captions.
bool is_aside_role(std::string_view role) {
    return is_title_role(role) || is_summary_role(role) ||
           role_in(role, {"caption", "stylesheet", "contact", "tweettext", "logo", "thumbnail", "preview", "image", "picture", "photo",
                          "graphic", "video", "clip", "audio"});
}

// The first component, depth first in document order, holding inline text
// that is not an aside: the body's ContentItem, and the components from the
// top to it in PATH.
pugi::xml_node find_body(pugi::xml_node component, std::vector<pugi::xml_node>& path) {
    path.push_back(component);
    if (!is_aside_role(role_of(component)))
        for (pugi::xml_node child : component.children())
            if (is_nml(child, "ContentItem") && is_text_item(child)) return child;
    for (pugi::xml_node child : component.children())
        if (is_nml(child, "NewsComponent"))
            if (pugi::xml_node found = find_body(child, path)) return found;
    path.pop_back();
    return {};
}

// What components besides the body's say: a title, a summary, a caption, contacts.
struct Asides {
    std::string title;
    std::string summary;
    std::string caption;
    std::string contact;
};

std::string credit_line(pugi::xml_node component) { return line_text(nml_child(nml_child(component, "NewsLines"), "CreditLine")); }

// The text of a component's first inline text item.
std::string component_text(ReadContext& ctx, pugi::xml_node component) {
    for (pugi::xml_node item : component.children())
        if (is_nml(item, "ContentItem") && is_text_item(item)) return text_item_lines(ctx, item);
    return {};
}

// Media by reference, package references, asides and captions of COMPONENT's
// subtree: a Caption component's text, or the text beside a medium in its
// component, captions the media of that subtree that have none; a component's
// CreditLine credits them (CREDIT: the nearest enclosing one's, below the top,
// whose CreditLine is the article's).
void gather(ReadContext& ctx, pugi::xml_node component, pugi::xml_node body_item, Article& a, Asides& asides, std::string credit) {
    std::size_t first_media = a.media.size();
    std::string role = role_of(component);
    if (std::string own = credit_line(component); !own.empty() && !is_nml(component.parent(), "NewsItem"))
        credit = own;
    std::string caption;
    bool own_media = false;
    for (pugi::xml_node child : component.children()) {
        if (is_nml(child, "ContentItem") && !attribute_of(child, "Href").empty()) {
            Media m = read_media_item(child);
            // More files in one component are renditions of its one medium.
            if (own_media) {
                for (Rendition& file : renditions_of(m)) add_rendition(a.media.back(), std::move(file));
                continue;
            }
            m.role = formal_name(nml_child(component, "Role"));
            if (!credit.empty()) m.credit = credit;
            a.media.push_back(std::move(m));
            own_media = true;
        } else if (is_nml(child, "NewsItemRef") && !attribute_of(child, "NewsItem").empty()) {
            std::string title = line_text(nml_child(nml_child(component, "NewsLines"), "HeadLine"));
            a.links.push_back(link_to(std::string(item_ref_rel), attribute_of(child, "NewsItem"), title));
        }
    }
    for (pugi::xml_node child : component.children()) {
        if (!is_nml(child, "ContentItem") || child == body_item || !is_text_item(child)) continue;
        std::string text = text_item_lines(ctx, child);
        if (is_title_role(role)) { if (asides.title.empty()) asides.title = collapse_spaces(text); }
        else if (is_summary_role(role)) { if (asides.summary.empty()) asides.summary = text; }
        else if (role == "contact") { if (asides.contact.empty()) asides.contact = text; }
        else if (own_media && caption.empty()) caption = text;
    }
    for (pugi::xml_node child : component.children()) {
        if (!is_nml(child, "NewsComponent")) continue;
        if (role_of(child) == "caption") {
            if (caption.empty()) caption = component_text(ctx, child);
        } else {
            gather(ctx, child, body_item, a, asides, credit);
        }
    }
    if (caption.empty()) return;
    if (asides.caption.empty()) asides.caption = caption;
    for (std::size_t i = first_media; i < a.media.size(); ++i)
        if (a.media[i].caption.empty()) a.media[i].caption = caption;
}

void read_identification(ReadContext& ctx, pugi::xml_node identification, Article& a) {
    pugi::xml_node identifier = nml_child(identification, "NewsIdentifier");
    std::string provider = text_of(nml_child(identifier, "ProviderId"));
    std::string date = text_of(nml_child(identifier, "DateId"));
    std::string item_id = text_of(nml_child(identifier, "NewsItemId"));
    a.version = text_of(nml_child(identifier, "RevisionId"));
    std::string public_id = text_of(nml_child(identifier, "PublicIdentifier"));
    // urn:newsml:PROVIDER:DATE:ITEM:REVISION: the id is all but the revision.
    std::string revision_part = ":" + a.version;
    if (!a.version.empty() && public_id.ends_with(revision_part)) public_id.resize(public_id.size() - revision_part.size());
    if (!public_id.empty() && (item_id.empty() || public_id.find(item_id) != std::string::npos)) {
        a.id = public_id;
    } else if (!item_id.empty()) {
        a.id = "urn:newsml:" + provider + ":" + date + ":" + item_id;
        ctx.forgive(identifier, "a PublicIdentifier without the NewsItemId: the id is made of the NewsIdentifier's parts");
    }
    if (std::string name = line_text(nml_child(identification, "NameLabel")); !name.empty())
        set_extension(a.extensions, format_id, name_label, name);
    if (std::string label = line_text(nml_child(identification, "DateLabel")); !label.empty())
        set_extension(a.extensions, format_id, date_label, label);
}

void read_management(ReadContext& ctx, pugi::xml_node management, Article& a) {
    for (pugi::xml_node child : management.children()) {
        if (is_nml(child, "NewsItemType")) {
            if (std::string type = formal_name(child); !type.empty() && type != "News") set_extension(a.extensions, format_id, news_item_type, type);
        } else if (is_nml(child, "FirstCreated")) {
            a.first_created = ctx.time_of(child);
        } else if (is_nml(child, "ThisRevisionCreated")) {
            a.version_created = ctx.time_of(child);
        } else if (is_nml(child, "Status")) {
            a.pub_status = to_lower_ascii(formal_name(child));
        } else if (is_nml(child, "StatusWillChange")) {
            if (iequals_ascii(formal_name(nml_child(child, "FutureStatus")), "Usable")) a.embargoed = ctx.time_of(nml_child(child, "DateAndTime"));
        } else if (is_nml(child, "Urgency")) {
            auto urgency = parse_number<int>(formal_name(child));
            if (urgency && *urgency >= 1 && *urgency <= 9) a.urgency = urgency;
            else if (!formal_name(child).empty()) ctx.forgive(child, "an Urgency that is not 1 to 9, left out");
        } else if (is_nml(child, "AssociatedWith")) {
            if (std::string href = attribute_of(child, "NewsItem"); !href.empty()) a.links.push_back(link_to(std::string(associated_rel), href));
        } else if (is_nml(child, "Instruction")) {
            if (std::string signal = formal_name(child); !signal.empty()) a.signals.push_back(signal);
        }
    }
}

// The body's NITF head fills what the NewsLines leave empty.
void use_nitf_head(const NitfHead& head, Article& a) {
    for (auto [field, value] : {std::pair{&a.headline, &head.headline}, std::pair{&a.subheadline, &head.subheadline},
                                std::pair{&a.byline, &head.byline}, std::pair{&a.summary, &head.summary},
                                std::pair{&a.provider, &head.distributor}})
        if (field->empty()) *field = *value;
    if (a.authors.empty()) a.authors = head.people;
}

// DateLine (or the body's NITF dateline, or a dateline opening the lead),
// settled as the other XML readers do; DateLineDate, when stated, is the date.
void take_dateline(ReadContext& ctx, const std::string& nitf_dateline, Article& a) {
    std::optional<DateTime> stated_date = a.dateline.date;
    std::string stated = a.dateline.text;
    if (auto taken = settle_dateline(a, stated, nitf_dateline, dateline_reference(a, ctx.options().reference_date)))
        ctx.note({}, "dateline '" + *taken + "' taken from the lead");
    if (stated_date) a.dateline.date = stated_date;
}

// The item's kind: text when it has a body, else a package of references, else its first medium's.
std::string type_of(const Article& a) {
    if (!a.body.empty()) return "text";
    for (const auto& l : a.links)
        if (l.rel == item_ref_rel) return "composite";
    if (a.media.empty()) return "text";
    std::string mime = to_lower_ascii(a.media.front().mime_type);
    if (mime.starts_with("video/")) return "video";
    if (mime.starts_with("audio/")) return "audio";
    return "picture";
}

void fill_gaps(ReadContext& ctx, pugi::xml_node item, const EnvelopeDefaults& defaults, const Asides& asides, Article& a) {
    const std::string* label = find_extension(a.extensions, format_id, name_label);
    std::optional<std::string> name = label ? std::optional<std::string>(*label) : std::nullopt;
    if (a.headline.empty()) a.headline = asides.title;
    if (a.summary.empty()) a.summary = asides.summary;
    if (a.trailer.empty()) a.trailer = asides.contact;
    if (a.body.empty() && !asides.caption.empty()) {
        bool dropped_tags = false;
        a.body = plain_text_body(asides.caption, dropped_tags);
    }
    // NameLabel: the slugline when the NewsLines have none (AFP's is slug-like).
    if (name && a.slugline.empty()) a.slugline = *name;
    if (name && *name == a.slugline) std::erase_if(a.extensions, [](const Extension& e) { return e.format == format_id && e.key == name_label; });
    if (a.headline.empty() && name) a.headline = *name;
    if (a.authors.empty())
        for (auto& n : byline_names(a.byline.substr(0, a.byline.find('\n')))) a.authors.push_back({n, "author", {}, {}});
    if (!a.version_created && defaults.sent) {
        a.version_created = defaults.sent;
        ctx.forgive(item, "no ThisRevisionCreated: the envelope's DateAndTime used");
    }
    if (!a.priority) a.priority = defaults.priority;
    for (pugi::xml_node n = item; n && a.language.empty(); n = n.parent()) a.language = attribute_of(n, "lang");
    if (a.language.empty()) a.language = ctx.options().language;
    if (a.id.empty()) {
        a.id = derived_article_id(a);
        ctx.forgive(item, "no NewsIdentifier: an id was derived from the content");
    }
}

}  // namespace

Article read_item(ReadContext& ctx, pugi::xml_node item, const EnvelopeDefaults& defaults) {
    Article a;
    if (pugi::xml_node identification = nml_child(item, "Identification")) read_identification(ctx, identification, a);
    else ctx.forgive(item, "a NewsItem without Identification");
    if (pugi::xml_node management = nml_child(item, "NewsManagement")) read_management(ctx, management, a);
    else ctx.forgive(item, "a NewsItem without NewsManagement");
    pugi::xml_node top = nml_child(item, "NewsComponent");
    std::vector<pugi::xml_node> path;
    pugi::xml_node body_item = top ? find_body(top, path) : pugi::xml_node();
    if (path.empty() && top) path.push_back(top);
    ContentText text;
    if (body_item) text = read_text_item(ctx, body_item);
    a.body = std::move(text.body);
    a.trailer = std::move(text.trailer);
    a.media = std::move(text.media);
    for (auto it = path.rbegin(); it != path.rend(); ++it) read_component_meta(ctx, *it, a);
    if (std::string lang = attribute_of(path.empty() ? pugi::xml_node() : path.back(), "lang"); !lang.empty() && a.language.empty())
        a.language = lang;
    use_nitf_head(text.head, a);
    Asides asides;
    if (top) gather(ctx, top, body_item, a, asides, {});
    a.type = type_of(a);
    fill_gaps(ctx, item, defaults, asides, a);
    take_dateline(ctx, text.dateline, a);
    return a;
}

}  // namespace wirekit::newsml1
