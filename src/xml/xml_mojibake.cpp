#include "xml/xml_mojibake.hpp"

#include "report/error.hpp"
#include "text/ascii_scan.hpp"
#include "text/charset.hpp"

namespace wirekit {

namespace {

// Walks one document, repairing; SEEN(element, attribute) hears of each repair.
template <class Seen>
void walk(pugi::xml_node element, Seen& seen) {
    for (pugi::xml_attribute a : element.attributes())
        if (auto fixed = repair_double_encoding(a.value())) {
            seen(element, "@" + std::string(a.name()));
            a.set_value(fixed->c_str());
        }
    for (pugi::xml_node child : element.children()) {
        if (child.type() == pugi::node_element) {
            walk(child, seen);
        } else if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            if (auto fixed = repair_double_encoding(child.value())) {
                seen(element, {});
                child.set_value(fixed->c_str());
            }
        }
    }
}

}  // namespace

void DoubleEncodingRepairs::repair(XmlDocument& part) {
    if (!options_.repair_encoding) return;
    // Double-encoded UTF-8 needs bytes above ASCII, in the text or in a character reference.
    if (skip_ascii(part.text, 0) == part.text.size() && part.text.find("&#") == std::string_view::npos) return;
    auto seen = [&](pugi::xml_node element, const std::string& attribute) {
        std::string name = element.name() + attribute;
        if (options_.strict) {
            auto [line, column] = line_column_of(part, element);
            throw Error(Exit::data, "double-encoded UTF-8 in <" + name + "> (--strict)", options_.source, line, column);
        }
        Seen& s = by_element_[name];
        ++s.count;
        // Parts may come out of document order (a feed's channel before its items).
        std::optional<XmlPlace> place = place_of(part, element);
        if (place && (!s.first || place->offset < s.first->offset)) s.first = place;
    };
    walk(part.doc.document_element(), seen);
}

void DoubleEncodingRepairs::report(std::size_t position) const {
    for (const auto& [name, s] : by_element_) {
        auto [line, column] = s.first ? line_column_of(*s.first) : std::pair<std::size_t, std::size_t>{0, 0};
        options_.diag->note_at(position++, options_.source,
                               "double-encoded UTF-8 repaired in <" + name + "> (" + std::to_string(s.count) +
                                   (s.count == 1 ? " time" : " times") + "; --no-repair-encoding keeps it)",
                               line, column);
    }
}

void DoubleEncodingRepairs::absorb(const DoubleEncodingRepairs& other, const LineIndex* lines) {
    for (const auto& [name, theirs] : other.by_element_) {
        Seen& s = by_element_[name];
        s.count += theirs.count;
        if (theirs.first && (!s.first || theirs.first->offset < s.first->offset)) {
            s.first = theirs.first;
            s.first->lines = lines;
        }
    }
}

void repair_double_encoded_text(XmlDocument& xml, const ReadOptions& options) {
    DoubleEncodingRepairs repairs(options);
    repairs.repair(xml);
    repairs.report(options.diag->all().size());
}

}  // namespace wirekit
