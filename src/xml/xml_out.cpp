#include "xml/xml_out.hpp"

#include "text/markup_escape.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

bool allowed_in_xml(char32_t cp) {
    if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
    return cp != 0xFFFE && cp != 0xFFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
}

// escape_xml, then the characters an XML parser would not give back as written.
std::string escape_with(std::string_view text, bool attribute) {
    std::string escaped = escape_xml(xml_safe(text));
    std::string out;
    out.reserve(escaped.size());
    for (char c : escaped) {
        if (c == '\r') out += "&#13;";
        else if (attribute && c == '\n') out += "&#10;";
        else if (attribute && c == '\t') out += "&#9;";
        else out += c;
    }
    return out;
}

void make_inlines_safe(std::vector<Inline>& inlines) {
    for (auto& in : inlines) {
        in.text = xml_safe(in.text);
        in.href = xml_safe(in.href);
        make_inlines_safe(in.children);
    }
}

void make_blocks_safe(Body& blocks) {
    for (auto& b : blocks) {
        make_inlines_safe(b.inlines);
        make_blocks_safe(b.children);
    }
}

}  // namespace

std::string xml_safe(std::string_view text) {
    bool clean = is_valid_utf8(text);
    for (std::size_t i = 0; clean && i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xEF) clean = false;
    }
    if (clean) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = next_code_point(text, pos);
        if (allowed_in_xml(cp)) append_utf8(out, cp);
    }
    return out;
}

std::string escape_text(std::string_view text) { return escape_with(text, false); }

std::string escape_attribute(std::string_view text) { return escape_with(text, true); }

std::string xml_one_line(std::string_view text) { return collapse_spaces(xml_safe(text)); }

std::string lines_with_breaks(std::string_view text) {
    std::string out;
    bool first = true;
    for (std::string_view line : split_at(text, '\n')) {
        if (!first) out += "<br/>";
        out += escape_text(line);
        first = false;
    }
    return out;
}

Body xml_safe_body(const Body& body) {
    Body copy = body;
    make_blocks_safe(copy);
    return copy;
}

void XmlOut::indent() { out_.append(static_cast<std::size_t>(depth_) * 2, ' '); }

bool XmlOut::left_out(std::string_view name) const { return !marks_ && (name.starts_with("wk:") || name == "xmlns:wk"); }

void XmlOut::start_tag(std::string_view name, const Attributes& attributes) {
    indent();
    out_ += '<';
    out_ += name;
    for (const auto& a : attributes) {
        if ((a.value.empty() && !a.keep_empty) || left_out(a.name)) continue;
        out_ += ' ';
        out_ += a.name;
        out_ += "=\"";
        out_ += escape_attribute(a.value);
        out_ += '"';
    }
}

void XmlOut::open(std::string_view name, const Attributes& attributes) {
    start_tag(name, attributes);
    out_ += ">\n";
    ++depth_;
}

void XmlOut::close(std::string_view name) {
    --depth_;
    indent();
    out_ += "</";
    out_ += name;
    out_ += ">\n";
}

void XmlOut::leaf(std::string_view name, const Attributes& attributes, std::string_view text) {
    if (left_out(name)) return;
    start_tag(name, attributes);
    if (text.empty()) {
        out_ += "/>\n";
        return;
    }
    out_ += '>';
    out_ += escape_text(text);
    out_ += "</";
    out_ += name;
    out_ += ">\n";
}

void XmlOut::markup(std::string_view xml) {
    indent();
    out_ += xml;
    out_ += '\n';
}

void XmlOut::raw(std::string_view xml) {
    out_ += xml;
    if (!xml.empty() && xml.back() != '\n') out_ += '\n';
}

}  // namespace wirekit
