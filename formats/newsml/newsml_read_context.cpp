#include "newsml/newsml_read_context.hpp"

#include "newsml/newsml_names.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"

namespace wirekit::newsml {

namespace {

// The namespace a prefixed attribute name is bound to on ELEMENT ("" when none).
std::string_view attribute_namespace(pugi::xml_node element, std::string_view qualified) {
    std::string_view prefix = prefix_of(qualified);
    return prefix.empty() ? std::string_view() : declared_namespace(element, prefix).value_or(std::string_view());
}

// "+0100" at the end of a date-time: a zone without its colon.
bool has_colonless_zone(std::string_view text) {
    if (text.size() < 5) return false;
    std::string_view zone = text.substr(text.size() - 5);
    if (zone[0] != '+' && zone[0] != '-') return false;
    for (char c : zone.substr(1))
        if (c < '0' || c > '9') return false;
    return text.find('T') != std::string_view::npos;
}

void append_block_text(pugi::xml_node node, std::string& out) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            // Line ends in the text are layout; only <br/> breaks a line.
            for (const char* c = child.value(); *c; ++c) out += (*c == '\n' || *c == '\r') ? ' ' : *c;
        } else if (child.type() == pugi::node_element) {
            std::string_view ns = namespace_view(child);
            if (!ns.empty() && ns != g2_ns) continue;  // foreign markup (a provider's XHTML notepad) is no text
            if (iequals_ascii(local_name(child.name()), "br")) out += '\n';
            else append_block_text(child, out);
        }
    }
}

}  // namespace

std::optional<DateTime> ReadContext::time_of(pugi::xml_node element) {
    if (auto exact = wk_attribute(element, "value")) {
        if (auto dt = parse_rfc3339(*exact)) return dt;
    }
    std::string raw = text_of(element);
    if (raw.empty()) return std::nullopt;
    std::string_view text = raw;
    auto dt = parse_rfc3339(text);
    if (!dt) {
        // "2016-01-12 12:35:40": a space where the T belongs.
        std::string with_t(text);
        auto space = with_t.find(' ');
        if (space == 10) with_t[space] = 'T';
        dt = parse_rfc3339(with_t);
        if (!dt) {
            forgive(element, std::string("<") + std::string(local_name(element.name())) + "> is not a date-time; left out");
            return std::nullopt;
        }
        forgive(element, "a space instead of 'T' in a date-time");
    }
    std::string_view written = element.child_value();
    if (trim(written).size() != written.size())
        forgive(element, "white space around a date-time");
    if (dt->has_time && !dt->has_offset) forgive(element, "a date-time without a zone, kept as a local time");
    if (has_colonless_zone(text)) forgive(element, "a zone written without a colon (+hhmm)");
    return dt;
}

bool is_g2(pugi::xml_node element, std::string_view local) { return has_name(element, local, g2_ns); }

std::string_view g2_name(pugi::xml_node element, ChildNamespaces& siblings) {
    if (element.type() != pugi::node_element) return {};
    std::string_view ns = siblings.of(element);
    return ns.empty() || ns == g2_ns ? local_name(element.name()) : std::string_view{};
}

pugi::xml_node g2_child(pugi::xml_node parent, std::string_view local) { return child_with_name(parent, local, g2_ns); }

bool is_wk(pugi::xml_node element, std::string_view local) {
    return element.type() == pugi::node_element && local_name(element.name()) == local && namespace_view(element) == wk_ns;
}

std::optional<std::string> wk_attribute(pugi::xml_node element, std::string_view local) {
    for (pugi::xml_attribute a : element.attributes()) {
        std::string_view name = a.name();
        if (local_name(name) != local || name.size() == local.size()) continue;
        if (attribute_namespace(element, name) == wk_ns) return std::string(a.value());
    }
    return std::nullopt;
}

std::string block_text(pugi::xml_node element) {
    std::string raw;
    append_block_text(element, raw);
    std::string out;
    std::size_t pending_breaks = 0;
    for (std::string_view line : split_lines(raw)) {
        std::string collapsed = collapse_spaces(line);
        if (collapsed.empty()) {
            ++pending_breaks;
            continue;
        }
        if (!out.empty()) out.append(pending_breaks + 1, '\n');
        out += collapsed;
        pending_breaks = 0;
    }
    return out;
}

std::string plain_attribute(pugi::xml_node element, const char* name) {
    return std::string(trim(element.attribute(name).value()));
}

}  // namespace wirekit::newsml
