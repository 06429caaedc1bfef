#include "newsml/newsml_read_package.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "model/media.hpp"
#include "newsml/newsml_read_concepts.hpp"
#include "newsml/newsml_read_media.hpp"

namespace wirekit::newsml {

namespace {

struct Reference {
    pugi::xml_node element;  // an itemRef
    std::string group_role;
};

class ReferenceWalk {
public:
    explicit ReferenceWalk(pugi::xml_node package) {
        pugi::xml_node group_set = g2_child(package, "groupSet");
        for (pugi::xml_node group : group_set.children())
            if (is_g2(group, "group")) groups_.push_back(group);
        // An itemRef right in the package (as in IPTC's message of placeholders).
        for (pugi::xml_node ref : package.children())
            if (is_g2(ref, "itemRef")) refs_.push_back({ref, {}});
        std::string root = plain_attribute(group_set, "root");
        if (pugi::xml_node root_group = group_with_id(root)) visit(root_group);
        // Groups the root does not reach are references all the same.
        for (pugi::xml_node group : groups_) visit(group);
    }

    std::vector<Reference> take() { return std::move(refs_); }

private:
    pugi::xml_node group_with_id(const std::string& id) const {
        for (pugi::xml_node group : groups_)
            if (!id.empty() && plain_attribute(group, "id") == id) return group;
        return {};
    }

    void visit(pugi::xml_node group) {
        if (!visited_.insert(group.internal_object()).second) return;
        std::string role = plain_attribute(group, "role");
        for (pugi::xml_node child : group.children()) {
            if (is_g2(child, "itemRef")) refs_.push_back({child, role});
            else if (is_g2(child, "groupRef"))
                if (pugi::xml_node inner = group_with_id(plain_attribute(child, "idref"))) visit(inner);
        }
    }

    std::vector<pugi::xml_node> groups_;
    std::set<const void*> visited_;
    std::vector<Reference> refs_;
};

std::string target_of(pugi::xml_node ref) {
    for (const char* attribute : {"residref", "guidref", "href"}) {
        std::string target = plain_attribute(ref, attribute);
        if (!target.empty()) return target;
    }
    return {};
}

// Adds ITEM to the story's MEDIA at the place wirekit's writer noted on REF
// (wk:position), else as add_association does.
void place_association(std::vector<Media>& media, Media item, pugi::xml_node ref) {
    std::string position = wk_attribute(ref, "position").value_or("");
    bool known = std::any_of(media.begin(), media.end(), [&](const Media& m) { return same_item(m, item); });
    if (position.empty() || position.find_first_not_of("0123456789") != std::string::npos || position.size() > 9 || known) {
        add_association(media, std::move(item));
        return;
    }
    std::size_t at = std::min<std::size_t>(std::stoul(position), media.size());
    media.insert(media.begin() + static_cast<std::ptrdiff_t>(at), std::move(item));
}

class Assembly {
public:
    Assembly(ReadContext& ctx, std::vector<ReadItem> items) : ctx_(ctx), items_(std::move(items)), taken_(items_.size(), false) {
        for (std::size_t i = 0; i < items_.size(); ++i) by_guid_.emplace(items_[i].article.id, i);
    }

    std::vector<Article> stories() {
        for (std::size_t i = 0; i < items_.size(); ++i)
            if (is_g2(items_[i].element, "packageItem")) assemble(i);
        std::vector<Article> out;
        for (std::size_t i = 0; i < items_.size(); ++i)
            if (!taken_[i]) out.push_back(std::move(items_[i].article));
        return out;
    }

private:
    static constexpr std::size_t none = static_cast<std::size_t>(-1);

    std::size_t item_for(pugi::xml_node ref) const {
        auto found = by_guid_.find(target_of(ref));
        return found == by_guid_.end() ? none : found->second;
    }

    // The story of a package: a newsItem (a text, in practice) that is no picture, video, ...
    bool is_story_item(std::size_t i) const {
        return i != none && is_g2(items_[i].element, "newsItem") && !is_media_type(items_[i].article.type);
    }

    void assemble(std::size_t package) {
        std::vector<Reference> refs = ReferenceWalk(items_[package].element).take();
        std::size_t main = none;
        for (const Reference& ref : refs)
            if (std::size_t i = item_for(ref.element); main == none && is_story_item(i)) main = i;
        Article& story = items_[main == none ? package : main].article;
        std::size_t associated = 0;
        for (const Reference& ref : refs) {
            std::size_t i = item_for(ref.element);
            if (i != none && (i == main || i == package)) continue;
            if (i != none && is_media_type(items_[i].article.type)) {
                place_association(story.media, association_from_item(items_[i].article, items_[i].element, ref.element), ref.element);
                taken_[i] = true;
            } else if (i != none) {
                continue;  // a text or package of its own
            } else if (auto reference = association_from_reference(ref.element)) {
                add_association(story.media, std::move(*reference));
            } else {
                if (main != none) story.links.push_back(read_link(ref.element, ref.group_role));
                continue;
            }
            ++associated;
            // The package's link to what is now an associated item goes.
            if (main == none) std::erase_if(story.links, [&](const Link& l) { return l.href == target_of(ref.element); });
        }
        if (main == none) return;
        taken_[package] = true;
        if (story.headline.empty()) story.headline = items_[package].article.headline;
        ctx_.note(items_[package].element, "a package read as one story: its main item with " + std::to_string(associated) +
                                               " associated item" + (associated == 1 ? "" : "s"));
    }

    ReadContext& ctx_;
    std::vector<ReadItem> items_;
    std::vector<bool> taken_;
    std::map<std::string, std::size_t> by_guid_;  // the first item of each guid
};

}  // namespace

std::vector<Article> stories_of(ReadContext& ctx, std::vector<ReadItem> items) { return Assembly(ctx, std::move(items)).stories(); }

}  // namespace wirekit::newsml
