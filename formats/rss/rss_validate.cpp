#include "rss/rss_validate.hpp"

#include <charconv>

#include "feed/feed_xml.hpp"
#include "rss/rss_rules.hpp"
#include "text/text.hpp"
#include "xml/xml_findings.hpp"

namespace wirekit {

namespace {

bool is_rss(pugi::xml_node node, std::string_view local) {
    return node.type() == pugi::node_element && local_name(node.name()) == local && namespace_view(node).empty();
}

bool has_rss_child(pugi::xml_node element, std::string_view local) {
    for (pugi::xml_node child : element.children())
        if (is_rss(child, local)) return true;
    return false;
}

// Why the root is not <rss version="2.0">, naming the RSS it is when it is one.
std::string root_problem(pugi::xml_node root) {
    std::string_view ns = namespace_view(root);
    std::string_view local = local_name(root.name());
    if (local == "RDF" && ns == feed_ns::rdf)
        return "this is RSS 1.0 (RDF), not RSS 2.0; `wirekit convert -t rss` turns it into RSS 2.0";
    if (local != "rss" || !ns.empty())
        return "the root is <" + std::string(root.name()) + ">, not RSS 2.0's <rss version=\"2.0\">";
    pugi::xml_attribute version = root.attribute("version");
    if (!version) return "<rss> needs version=\"2.0\"";
    std::string_view v = version.value();
    if (v.starts_with("0.9"))
        return "this is RSS " + std::string(v) + ", not RSS 2.0; `wirekit convert -t rss` turns it into RSS 2.0";
    return "<rss> version must be '2.0', not " + quoted_value(v);
}

bool is_absolute_url(std::string_view url) {
    std::size_t colon = url.find(':');
    if (colon == 0 || colon == std::string_view::npos || colon + 1 >= url.size()) return false;
    for (std::size_t i = 0; i < colon; ++i) {
        char c = url[i];
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!(letter || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')))) return false;
    }
    for (char c : url.substr(colon + 1))
        if (is_ascii_space(c)) return false;
    return true;
}

bool is_number(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    return true;
}

void check_guid(const XmlDocument& xml, pugi::xml_node guid, Findings& findings) {
    pugi::xml_attribute permalink = guid.attribute("isPermaLink");
    std::string_view value = permalink ? std::string_view(permalink.value()) : "true";
    if (value != "true" && value != "false")
        report_at(xml, guid, "<guid> isPermaLink must be true or false, not " + quoted_value(value), findings);
    else if (value == "true" && !is_absolute_url(trim(direct_text(guid))))
        report_at(xml, guid,
                  "<guid> " + quoted_value(trim(direct_text(guid))) +
                      " is a permalink (isPermaLink defaults to true) but not a URL; add isPermaLink=\"false\"",
                  findings);
}

void check_enclosure(const XmlDocument& xml, pugi::xml_node enclosure, Findings& findings) {
    if (!is_absolute_url(enclosure.attribute("url").value()))
        report_at(xml, enclosure, "<enclosure> needs a url attribute holding an absolute URL", findings);
    if (!*enclosure.attribute("type").value())
        report_at(xml, enclosure, "<enclosure> needs a type attribute (a MIME type)", findings);
    if (!is_number(enclosure.attribute("length").value()))
        report_at(xml, enclosure,
                  "<enclosure> length must be its size in bytes, not " + quoted_value(enclosure.attribute("length").value()),
                  findings);
}

void check_item(const XmlDocument& xml, pugi::xml_node item, Findings& findings) {
    if (!has_rss_child(item, "title") && !has_rss_child(item, "description"))
        report_at(xml, item, "<item> needs a <title> or a <description>", findings);
    for (pugi::xml_node child : item.children()) {
        if (is_rss(child, "guid")) check_guid(xml, child, findings);
        if (is_rss(child, "enclosure")) check_enclosure(xml, child, findings);
    }
}

// atom:link (RFC 4287) in a channel or an item needs an href.
void check_atom_links(const XmlDocument& xml, pugi::xml_node element, Findings& findings) {
    for (pugi::xml_node child : element.children()) {
        if (child.type() != pugi::node_element || namespace_view(child) != feed_ns::atom || local_name(child.name()) != "link")
            continue;
        std::string_view href = child.attribute("href").value();
        bool ok = !href.empty();
        for (char c : href) ok &= !is_ascii_space(c);
        if (!ok) report_at(xml, child, "<atom:link> needs an href (a URI without blanks)", findings);
    }
}

// The specification's limits on the channel image (88x31 by default, at most 144x400).
void check_image(const XmlDocument& xml, pugi::xml_node image, Findings& findings) {
    for (std::string_view part : {"url", "title", "link"})
        if (!has_rss_child(image, part)) warn_at(xml, image, "<image> should have a <" + std::string(part) + ">", findings);
    for (auto [part, limit] : {std::pair<std::string_view, int>{"width", 144}, {"height", 400}})
        for (pugi::xml_node child : image.children()) {
            if (!is_rss(child, part)) continue;
            std::string content = direct_text(child);
            std::string_view text = trim(content);
            int value = 0;
            auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
            if (ec != std::errc() || end != text.data() + text.size() || value < 0 || value > limit)
                warn_at(xml, child,
                        "<image> " + std::string(part) + " " + quoted_value(text) + " should be a number of pixels up to " +
                            std::to_string(limit),
                        findings);
        }
}

// managingEditor and webMaster are e-mail addresses, like an item's author;
// the reference check leaves them alone, so they are warnings.
void check_channel_address(const XmlDocument& xml, pugi::xml_node element, Findings& findings) {
    std::string content = direct_text(element);
    std::string_view text = trim(content);
    if (text.find('@') == std::string_view::npos)
        warn_at(xml, element,
                "<" + std::string(element.name()) + "> " + quoted_value(text) +
                    " should be an e-mail address (like 'desk@example.com (Desk)')",
                findings);
}

// skipHours holds <hour>s 0-23, skipDays <day>s Monday-Sunday.
void check_skip_lists(const XmlDocument& xml, pugi::xml_node element, Findings& findings) {
    static constexpr std::string_view days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    bool hours = local_name(element.name()) == "skipHours";
    for (pugi::xml_node child : element.children()) {
        if (child.type() != pugi::node_element) continue;
        std::string content = direct_text(child);
        std::string_view text = trim(content);
        bool ok = false;
        if (hours && is_rss(child, "hour")) {
            int hour = -1;
            auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), hour);
            ok = ec == std::errc() && end == text.data() + text.size() && hour >= 0 && hour <= 23;
        } else if (!hours && is_rss(child, "day")) {
            for (auto day : days) ok |= text == day;
        }
        if (!ok)
            warn_at(xml, child,
                    "<" + std::string(element.name()) + "> should hold only " +
                        (hours ? "<hour>s from 0 to 23" : "<day>s from Monday to Sunday") + ", not <" +
                        std::string(child.name()) +
                        "> " + quoted_value(text),
                    findings);
    }
}

}  // namespace

void validate_rss(std::string_view bytes, const ReadOptions& options, Findings& findings) {
    auto xml = parse_xml_for_findings(bytes, options, findings);
    if (!xml) return;
    pugi::xml_node root = xml->doc.document_element();
    if (!is_rss(root, "rss") || std::string_view(root.attribute("version").value()) != "2.0") {
        report_at(*xml, root, root_problem(root), findings);
        return;
    }
    std::vector<pugi::xml_node> channels;
    for (pugi::xml_node child : root.children())
        if (is_rss(child, "channel")) channels.push_back(child);
    if (channels.size() > 1) report_at(*xml, channels[1], "<rss> holds one <channel>, this is a second one", findings);
    check_rss_rules(*xml, root, findings);
    if (channels.empty()) return;
    check_atom_links(*xml, channels[0], findings);
    for (pugi::xml_node child : channels[0].children()) {
        if (is_rss(child, "item")) {
            check_item(*xml, child, findings);
            check_atom_links(*xml, child, findings);
        }
        if (is_rss(child, "image")) check_image(*xml, child, findings);
        if (is_rss(child, "managingEditor") || is_rss(child, "webMaster")) check_channel_address(*xml, child, findings);
        if (is_rss(child, "skipHours") || is_rss(child, "skipDays")) check_skip_lists(*xml, child, findings);
    }
}

}  // namespace wirekit
