#include "feed/feed_text_construct.hpp"

#include "feed/feed_body.hpp"
#include "feed/feed_xml.hpp"
#include "text/text.hpp"
#include "xml/xml_parse.hpp"
#include "xml/xml_print.hpp"

namespace wirekit {

namespace {

// XHTML written with a prefix ("xhtml:p") as the HTML reader knows it: in
// COPY, a copy of ORIGINAL, each element ORIGINAL has in the XHTML namespace
// under a prefix gets its local name. (The copy stands apart from the
// ancestors that declare the prefix, hence the original decides.)
void unprefix_xhtml(pugi::xml_node original, pugi::xml_node copy) {
    std::string_view name = original.name();
    if (name.find(':') != std::string_view::npos && feed_namespace(original) == feed_ns::xhtml)
        copy.set_name(std::string(local_name(name)).c_str());
    for (pugi::xml_node o = original.first_child(), c = copy.first_child(); o && c; o = o.next_sibling(), c = c.next_sibling())
        if (o.type() == pugi::node_element) unprefix_xhtml(o, c);
}

}  // namespace

std::string inner_xml(pugi::xml_node element) {
    std::string out;
    for (pugi::xml_node c : element.children()) {
        if (c.type() != pugi::node_element) {
            append_markup(out, c);
            continue;
        }
        pugi::xml_document copy;
        pugi::xml_node root = copy.append_copy(c);
        unprefix_xhtml(c, root);
        append_markup(out, root);
    }
    return out;
}

namespace {

std::string decode_base64(std::string_view text) {
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+') return 62;
        if (c == '/') return 63;
        return -1;
    };
    std::string out;
    int bits = 0, buffer = 0;
    for (char c : text) {
        int v = value(c);
        if (v < 0) continue;
        buffer = (buffer << 6) | v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

}  // namespace

TextConstruct read_text_construct(pugi::xml_node element) {
    TextConstruct t;
    t.type = attribute_of(element, "type");
    t.src = attribute_of(element, "src");
    std::string type = to_lower_ascii(t.type);
    std::string mode = to_lower_ascii(attribute_of(element, "mode"));
    if (type == "xhtml" || type == "application/xhtml+xml" || mode == "xml") {
        pugi::xml_node div;
        for (pugi::xml_node c : element.children())
            if (c.type() == pugi::node_element) {
                div = local_name(c.name()) == "div" ? c : pugi::xml_node{};
                break;
            }
        t.is_html = true;
        t.value = std::string(trim(inner_xml(div ? div : element)));
        return t;
    }
    std::string text = text_of(element);
    if (mode == "base64") text = decode_base64(text);
    t.is_html = type == "html" || type == "text/html" || (mode == "escaped" && type != "text" && type != "text/plain");
    t.value = std::move(text);
    return t;
}

std::string construct_text(const TextConstruct& construct) {
    return construct.is_html ? text_from_html(construct.value, {}, nullptr) : std::string(trim(construct.value));
}

}  // namespace wirekit
