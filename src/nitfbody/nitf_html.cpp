#include "nitfbody/nitf_html.hpp"

#include <algorithm>
#include <array>

#include "text/markup_escape.hpp"
#include "text/text.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit {

namespace {

// NITF elements that are HTML elements of the same name and meaning.
constexpr std::array<std::string_view, 25> nitf_as_html = {
    "p",  "ul",  "ol", "li",  "dl",    "dt",    "dd",    "pre",     "hr",  "br",  "a",  "em", "q",
    "sub", "sup", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "col", "colgroup"};

bool is_void_tag(std::string_view tag) { return tag == "br" || tag == "hr" || tag == "img" || tag == "col"; }

void append_children(pugi::xml_node parent, TagFor tag_for, const std::vector<pugi::xml_node>& skip, std::string& out);

void append_element(pugi::xml_node element, TagFor tag_for, const std::vector<pugi::xml_node>& skip, std::string& out) {
    std::string tag = tag_for(element);
    if (tag.empty()) return;
    if (tag == "-") {
        append_children(element, tag_for, skip, out);
        return;
    }
    out += '<';
    out += tag;
    for (pugi::xml_attribute a : element.attributes()) {
        std::string_view name = a.name();
        if (name.find(':') != std::string_view::npos || name == "xmlns") continue;
        out += ' ';
        out += name;
        out += "=\"";
        append_escaped(out, a.value(), true);
        out += '"';
    }
    if (is_void_tag(tag)) {
        out += "/>";
        return;
    }
    out += '>';
    append_children(element, tag_for, skip, out);
    out += "</";
    out += tag;
    out += '>';
}

void append_children(pugi::xml_node parent, TagFor tag_for, const std::vector<pugi::xml_node>& skip, std::string& out) {
    for (pugi::xml_node child : parent.children()) {
        if (std::find(skip.begin(), skip.end(), child) != skip.end()) continue;
        switch (child.type()) {
            case pugi::node_pcdata:
            case pugi::node_cdata: append_escaped(out, child.value(), true); break;
            case pugi::node_element: append_element(child, tag_for, skip, out); break;
            default: break;
        }
    }
}


}  // namespace

bool has_class(pugi::xml_node element, std::string_view wanted) {
    for (std::string_view rest = element.attribute("class").value(); !rest.empty();) {
        std::size_t space = rest.find(' ');
        if (rest.substr(0, space) == wanted) return true;
        rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
    }
    return false;
}

std::string html_of_children(pugi::xml_node parent, TagFor tag_for, const std::vector<pugi::xml_node>& skip) {
    std::string out;
    append_children(parent, tag_for, skip, out);
    return out;
}

std::string xhtml_tag(pugi::xml_node element) { return to_lower_ascii(local_name(element.name())); }

std::string nitf_tag(pugi::xml_node element) {
    std::string name = to_lower_ascii(local_name(element.name()));
    if (name == "em" && has_class(element, "strong")) return "strong";
    if (name == "hl1" || name == "hl2") {
        for (char level = '1'; level <= '6'; ++level)
            if (has_class(element, std::string("h") + level)) return std::string("h") + level;
        return name == "hl1" ? "h1" : "h2";
    }
    if (name == "block" || name == "fn" || name == "note" || name == "body.content") return "div";
    if (name == "bq") return "blockquote";
    if (name == "credit") return "p";
    if (name == "media" || name == "nitf-table") return {};
    if (std::find(nitf_as_html.begin(), nitf_as_html.end(), name) != nitf_as_html.end()) return name;
    return "span";
}

}  // namespace wirekit
