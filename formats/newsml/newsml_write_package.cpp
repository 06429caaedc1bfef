#include "newsml/newsml_write_package.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "ids/qcode.hpp"
#include "ids/uuid.hpp"
#include "model/media.hpp"
#include "newsml/newsml_write_item.hpp"
#include "newsml/newsml_write_meta.hpp"
#include "newsml/newsml_write_values.hpp"

namespace wirekit::newsml {

namespace {

constexpr std::string_view item_content_type = "application/vnd.iptc.g2.newsitem+xml";

// A packaged medium as an item of its own: its title the headline, its
// caption the description (drol:caption), its credit the creditline, by and
// rights as they are; its files, role and alt text its one medium. Provider,
// language, status and version time are the story's. An item without an id
// gets one derived from the story's and its place in it.
Article item_of(const Media& m, const Article& story, const std::string& story_guid, std::size_t index, DateTime version) {
    Article item;
    item.id = m.id.empty() ? content_uuid(story_guid + "\nmedia " + std::to_string(index + 1)) : m.id;
    item.type = std::string(type_of(m));
    item.headline = m.title;
    item.summary = m.caption;
    item.creditline = m.credit;
    item.byline = m.by;
    item.copyright = m.copyright;
    item.provider = story.provider;
    item.language = story.language;
    item.pub_status = story.pub_status;
    item.version_created = version;
    Media files;
    set_renditions(files, renditions_of(m));
    files.role = m.role;
    files.alt_text = m.alt_text;
    item.media.push_back(std::move(files));
    return item;
}

// A reference to ITEM. For a packaged medium M, wk attributes keep its place
// among the story's media, a type the model did not state and an id the
// writer made up, so that the story reads back as it was.
void write_reference(XmlOut& out, const Article& item, const Media* m = nullptr, std::size_t position = 0) {
    Attributes attributes = {{"residref", item.id}, {"contenttype", std::string(item_content_type)}};
    if (m) {
        attributes.push_back({"wk:position", std::to_string(position)});
        if (m->type.empty()) attributes.push_back({"wk:type", "", true});
        if (m->id.empty()) attributes.push_back({"wk:derived", "true"});
    }
    out.open("itemRef", attributes);
    out.leaf("itemClass", {{"qcode", item_class_qcode(item.type)}});
    if (!item.headline.empty()) out.leaf("title", {}, xml_one_line(item.headline));
    out.close("itemRef");
}

}  // namespace

bool is_packaged(const Article& a, const Media& m) {
    return !is_media_type(a.type) && is_media_type(type_of(m)) && says_more_than_a_file(m);
}

bool has_package(const Article& a) {
    return std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) { return is_packaged(a, m); });
}

void write_package(XmlOut& out, const Article& a, const WriteOptions& options, std::size_t number) {
    Article story = a;
    story.id = item_guid(a);
    story.media.clear();
    bool derived_version = false;
    DateTime version = version_time(a, options, derived_version);
    std::vector<Article> items;
    std::vector<std::size_t> positions;
    for (std::size_t i = 0; i < a.media.size(); ++i) {
        const Media& m = a.media[i];
        if (!is_packaged(a, m)) {
            story.media.push_back(m);
            continue;
        }
        items.push_back(item_of(m, a, story.id, i, version));
        positions.push_back(i);
    }

    Article package;
    package.id = content_uuid(story.id + "\npackage");
    package.type = "composite";
    package.provider = a.provider;
    package.language = a.language;
    package.pub_status = a.pub_status;
    package.version_created = version;
    out.open("packageItem", item_attributes(package, false));
    out.leaf("catalogRef", {{"href", std::string(iptc_catalog_url)}});
    write_item_meta(out, package, options);
    if (!a.headline.empty()) {
        out.open("contentMeta");
        out.leaf("headline", {}, xml_one_line(a.headline));
        out.close("contentMeta");
    }
    // IPTC has no NewsCodes for a group's role: the root group has none.
    std::string root = number == 1 ? "root" : "root" + std::to_string(number);
    out.open("groupSet", {{"root", root}});
    out.open("group", {{"id", root}});
    write_reference(out, story);
    for (std::size_t i = 0; i < items.size(); ++i) write_reference(out, items[i], &a.media[positions[i]], positions[i]);
    out.close("group");
    out.close("groupSet");
    out.close("packageItem");

    write_item(out, story, options, false);
    for (const Article& item : items) write_item(out, item, options, false);
}

}  // namespace wirekit::newsml
