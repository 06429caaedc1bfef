#include "xml/xml_mojibake.hpp"

#include <map>
#include <string>

#include "report/error.hpp"
#include "text/ascii_scan.hpp"
#include "text/charset.hpp"

namespace wirekit {

namespace {

struct Repairs {
    struct Seen {
        std::size_t count = 0;
        pugi::xml_node first;
    };
    std::map<std::string, Seen> by_element;  // ordered: the notes come out the same every run
};

class Repairer {
public:
    Repairer(XmlDocument& xml, const ReadOptions& options) : xml_(xml), options_(options) {}

    void walk(pugi::xml_node element) {
        for (pugi::xml_attribute a : element.attributes())
            if (auto fixed = repair_double_encoding(a.value())) {
                seen(element, "@" + std::string(a.name()));
                a.set_value(fixed->c_str());
            }
        for (pugi::xml_node child : element.children()) {
            if (child.type() == pugi::node_element) {
                walk(child);
            } else if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                if (auto fixed = repair_double_encoding(child.value())) {
                    seen(element, {});
                    child.set_value(fixed->c_str());
                }
            }
        }
    }

    void report() const {
        for (const auto& [name, s] : repairs_.by_element) {
            auto [line, column] = line_column_of(xml_, s.first);
            options_.diag->note(options_.source,
                                "double-encoded UTF-8 repaired in <" + name + "> (" + std::to_string(s.count) +
                                    (s.count == 1 ? " time" : " times") + "; --no-repair-encoding keeps it)",
                                line, column);
        }
    }

private:
    void seen(pugi::xml_node element, const std::string& attribute) {
        std::string name = element.name() + attribute;
        if (options_.strict) {
            auto [line, column] = line_column_of(xml_, element);
            throw Error(Exit::data, "double-encoded UTF-8 in <" + name + "> (--strict)", options_.source, line, column);
        }
        auto& s = repairs_.by_element[name];
        if (s.count++ == 0) s.first = element;
    }

    XmlDocument& xml_;
    const ReadOptions& options_;
    Repairs repairs_;
};

}  // namespace

void repair_double_encoded_text(XmlDocument& xml, const ReadOptions& options) {
    if (!options.repair_encoding) return;
    // Double-encoded UTF-8 needs bytes above ASCII, in the text or in a character reference.
    if (skip_ascii(xml.text, 0) == xml.text.size() && xml.text.find("&#") == std::string_view::npos) return;
    Repairer repairer(xml, options);
    repairer.walk(xml.doc.document_element());
    repairer.report();
}

}  // namespace wirekit
