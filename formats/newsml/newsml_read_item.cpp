#include "newsml/newsml_read_item.hpp"

#include "ids/uuid.hpp"
#include "model/media.hpp"
#include "newsml/newsml_read_body.hpp"
#include "newsml/newsml_read_concepts.hpp"
#include "newsml/newsml_read_dateline.hpp"
#include "newsml/newsml_read_meta.hpp"
#include "newsml/newsml_read_media.hpp"
#include "text/body_text.hpp"
#include "text/text.hpp"

namespace wirekit::newsml {

namespace {

// packageItem: every itemRef, in every group, becomes a link whose rel is the
// group's role and whose title is the referenced item's headline.
void read_group_set(pugi::xml_node group_set, Article& a) {
    for (pugi::xml_node group : group_set.children()) {
        if (!is_g2(group, "group")) continue;
        std::string role = plain_attribute(group, "role");
        for (pugi::xml_node ref : group.children())
            if (is_g2(ref, "itemRef")) a.links.push_back(read_link(ref, role));
    }
}

void read_pub_history(ReadContext& ctx, pugi::xml_node pub_history, Article& a) {
    for (pugi::xml_node published : pub_history.children()) {
        if (!is_g2(published, "published")) continue;
        if (pugi::xml_node timestamp = g2_child(published, "timestamp")) {
            a.published = ctx.time_of(timestamp);
            if (a.published) return;
        }
    }
}

// Where the metadata is silent, what the body's head said.
void use_hints(const BodyHints& hints, Article& a) {
    if (a.headline.empty()) a.headline = hints.headline;
    if (a.subheadline.empty()) a.subheadline = hints.subheadline;
    if (a.byline.empty()) a.byline = hints.byline;
    if (a.summary.empty()) a.summary = hints.summary;
}

void fill_gaps(ReadContext& ctx, pugi::xml_node item, const ItemFacts& facts, const MessageDefaults& defaults, Article& a) {
    if (!a.version_created && !facts.version_created_derived) {
        a.version_created = a.updated ? a.updated : a.content_created;
        ctx.forgive(item, a.version_created ? "no versionCreated: contentModified or contentCreated used"
                                            : "no versionCreated, contentModified or contentCreated");
    }
    if (a.headline.empty()) a.headline = facts.title;
    if (!facts.priority_given && defaults.priority) a.priority = defaults.priority;
    if (a.language.empty()) {
        for (pugi::xml_node n = item; n && a.language.empty(); n = n.parent()) a.language = trim(n.attribute("xml:lang").value());
        if (a.language.empty()) a.language = ctx.options().language;
    }
    if (a.type.empty()) {
        a.type = is_g2(item, "packageItem") ? "composite" : "text";
        ctx.forgive(item, "no itemClass: the item is taken as " + a.type);
    }
    if (a.id.empty()) {
        std::string lead = a.body.empty() ? std::string() : inline_text(a.body.front().inlines);
        a.id = content_uuid(a.headline + '\n' + a.dateline.text + '\n' + lead);
        ctx.forgive(item, "no guid: an id was derived from the content");
    }
}

}  // namespace

Article read_item(ReadContext& ctx, pugi::xml_node item, const MessageDefaults& defaults) {
    Article a;
    a.id = plain_attribute(item, "guid");
    a.version = plain_attribute(item, "version");
    ItemFacts facts;
    BodyHints hints;
    ChildNamespaces siblings(item);
    for (pugi::xml_node child : item.children()) {
        if (child.type() != pugi::node_element) continue;
        G2Name is(child, siblings);
        if (is("itemMeta")) read_item_meta(ctx, child, a, facts);
        else if (is("contentMeta")) read_content_meta(ctx, child, a, facts);
        else if (is("rightsInfo")) read_rights_info(child, a);
        else if (is("pubHistory")) read_pub_history(ctx, child, a);
        else if (is("contentSet")) hints = read_content_set(ctx, child, a);
        else if (is("groupSet")) read_group_set(child, a);
        else if (is("itemRef")) a.links.push_back(read_link(child, {}));
        else read_wirekit_element(ctx, child, a, facts);
    }
    if (!g2_child(item, "itemMeta")) ctx.forgive(item, "an item without itemMeta");
    use_hints(hints, a);
    read_dateline(ctx, facts.dateline, hints.dateline, a);
    fill_gaps(ctx, item, facts, defaults, a);
    // A picture's (video's, ...) files are renditions of it; a text's each a file of its own.
    if (is_media_type(a.type) && !hints.files.empty()) a.media.insert(a.media.begin(), own_content(std::move(hints.files)));
    else for (Media& file : hints.files) a.media.push_back(std::move(file));
    return a;
}

}  // namespace wirekit::newsml
