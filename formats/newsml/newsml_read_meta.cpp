#include "newsml/newsml_read_meta.hpp"

#include <algorithm>

#include "ids/qcode.hpp"
#include "model/media.hpp"
#include "newsml/newsml_read_concepts.hpp"
#include "newsml/newsml_read_media.hpp"
#include "text/numbers.hpp"
#include "text/text.hpp"

namespace wirekit::newsml {

namespace {

bool derived(pugi::xml_node element) { return wk_attribute(element, "derived").value_or("") == "true"; }

// The code of a QCode ("stat:usable" -> "usable"), or the text itself.
std::string code_of(const std::string& qcode) {
    auto q = split_qcode(qcode);
    return q ? std::string(q->code) : qcode;
}

bool concept_is_empty(const Concept& c) { return c == Concept{}; }

void read_headline(pugi::xml_node element, Article& a) {
    std::string text = line_text(element);
    if (text.empty()) return;
    std::string role = to_lower_ascii(plain_attribute(element, "role"));
    bool sub = role.find("sub") != std::string::npos;
    std::string& target = sub ? a.subheadline : a.headline;
    if (target.empty()) target = text;
}

void read_description(pugi::xml_node element, Article& a, bool& have_summary_role) {
    std::string text = block_text(element);
    if (text.empty()) return;
    bool summary_role = contains_ci(plain_attribute(element, "role"), "summary");
    if (a.summary.empty() || (summary_role && !have_summary_role)) {
        a.summary = text;
        have_summary_role = summary_role;
    }
}

}  // namespace

void read_rights_info(pugi::xml_node rights_info, Article& a) {
    ChildNamespaces siblings(rights_info);
    for (pugi::xml_node child : rights_info.children()) {
        G2Name is(child, siblings);
        if (is("copyrightHolder") && a.copyright.holder.empty()) {
            a.copyright.holder = name_of(child, true);
        } else if (is("copyrightNotice") && a.copyright.notice.empty()) {
            a.copyright.notice = block_text(child);
        } else if (is("usageTerms") && a.copyright.usage_terms.empty()) {
            a.copyright.usage_terms = block_text(child);
        }
    }
}

void read_item_meta(ReadContext& ctx, pugi::xml_node item_meta, Article& a, ItemFacts& facts) {
    ChildNamespaces siblings(item_meta);
    for (pugi::xml_node child : item_meta.children()) {
        if (child.type() != pugi::node_element) continue;
        G2Name is(child, siblings);
        if (is("itemClass")) {
            a.type = code_of(plain_attribute(child, "qcode"));
        } else if (is("provider")) {
            if (derived(child)) continue;
            a.provider = name_of(child, true);
            if (a.provider.empty()) a.provider = identifier_of(child);
        } else if (is("versionCreated")) {
            if (derived(child)) facts.version_created_derived = true;
            else a.version_created = ctx.time_of(child);
        } else if (is("firstCreated")) {
            a.first_created = ctx.time_of(child);
        } else if (is("embargoed")) {
            a.embargoed = ctx.time_of(child);
        } else if (is("pubStatus")) {
            a.pub_status = code_of(plain_attribute(child, "qcode"));
        } else if (is("edNote")) {
            append_line(a.editor_note, block_text(child));
        } else if (is("signal")) {
            std::string signal = identifier_of(child);
            if (!signal.empty()) a.signals.push_back(signal);
        } else if (is("altRep")) {
            if (a.url.empty()) a.url = text_of(child);
        } else if (is("link")) {
            if (auto association = association_from_reference(child)) add_association(a.media, std::move(*association));
            else a.links.push_back(read_link(child, {}));
        } else if (is("title")) {
            if (facts.title.empty()) facts.title = line_text(child);
        } else {
            read_wirekit_element(ctx, child, a, facts);
        }
    }
}

void read_content_meta(ReadContext& ctx, pugi::xml_node content_meta, Article& a, ItemFacts& facts) {
    bool have_summary_role = false;
    ChildNamespaces siblings(content_meta);
    for (pugi::xml_node child : content_meta.children()) {
        if (child.type() != pugi::node_element) continue;
        G2Name is(child, siblings);
        if (is("urgency")) {
            auto urgency = parse_number<int>(text_of(child));
            if (urgency && *urgency >= 1 && *urgency <= 9) a.urgency = urgency;
            else if (!text_of(child).empty()) ctx.forgive(child, "an urgency that is not 1 to 9, left out");
        } else if (is("contentCreated")) {
            if (!derived(child)) a.content_created = ctx.time_of(child);
        } else if (is("contentModified")) {
            a.updated = ctx.time_of(child);
        } else if (is("located")) {
            if (a.located.empty()) a.located = read_located(child);
        } else if (is("infoSource")) {
            std::string source = name_of(child, true);
            if (source.empty()) source = identifier_of(child);
            if (!source.empty() && std::find(a.sources.begin(), a.sources.end(), source) == a.sources.end())
                a.sources.push_back(source);
        } else if (is("creator") || is("contributor")) {
            Person p = read_party(child, is("creator") ? "author" : "contributor");
            if (!p.name.empty() || !p.uri.empty()) a.authors.push_back(std::move(p));
        } else if (is("language")) {
            if (a.language.empty()) a.language = plain_attribute(child, "tag");
        } else if (is("genre") || is("subject")) {
            Concept c = read_concept(child);
            if (!concept_is_empty(c)) (is("genre") ? a.genres : a.subjects).push_back(std::move(c));
        } else if (is("keyword")) {
            std::string keyword = line_text(child);
            if (!keyword.empty()) a.keywords.push_back(keyword);
        } else if (is("slugline")) {
            if (a.slugline.empty()) a.slugline = line_text(child);
        } else if (is("headline")) {
            read_headline(child, a);
        } else if (is("dateline")) {
            if (!facts.dateline && !line_text(child).empty()) facts.dateline = child;
        } else if (is("by")) {
            append_line(a.byline, line_text(child));
        } else if (is("creditline")) {
            if (a.creditline.empty()) a.creditline = line_text(child);
        } else if (is("description")) {
            read_description(child, a, have_summary_role);
        } else {
            read_wirekit_element(ctx, child, a, facts);
        }
    }
}

bool read_wirekit_element(ReadContext& ctx, pugi::xml_node element, Article& a, ItemFacts& facts) {
    if (is_wk(element, "extension")) {
        a.extensions.push_back({element.attribute("format").value(), element.attribute("key").value(), element.child_value()});
        return true;
    }
    if (!is_wk(element, "field")) return false;
    std::string_view name = element.attribute("name").value();
    std::string value = element.child_value();
    if (name == "priority") {
        a.priority = parse_number<int>(value);
        facts.priority_given = true;
    } else if (name == "urgency") {
        a.urgency = parse_number<int>(value);
    } else if (name == "version") {
        a.version = value;
    } else if (name == "type") {
        a.type = value;
    } else if (name == "language") {
        a.language = value;
    } else if (name == "pub_status") {
        a.pub_status = value;
    } else {
        ctx.note(element, "unknown wirekit field '" + std::string(name) + "', left out");
    }
    return true;
}

}  // namespace wirekit::newsml
