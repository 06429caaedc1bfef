#pragma once
// Double-encoded UTF-8 in a parsed document ("AdemÃ¡s" for "Además"), which
// half of the real news feeds carry: a publishing system decoded its own UTF-8
// as Windows-1252 and encoded it again.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "options/read_write_options.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit {

// Repairs every text node and attribute value of XML that repair_double_encoding
// recognises as double-encoded, unless options.repair_encoding is off. Says so
// under -v, one note for each element name (with how many and where the first
// was); with options.strict the first one is an error (65) instead.
void repair_double_encoded_text(XmlDocument& xml, const ReadOptions& options);

// The same for a document read in parts, each part a document of its own: the
// repairs of every part are counted together, and report() gives the notes.
class DoubleEncodingRepairs {
public:
    explicit DoubleEncodingRepairs(const ReadOptions& options) : options_(options) {}

    // Repairs PART (throws with options.strict, as repair_double_encoded_text).
    void repair(XmlDocument& part);
    // Gives the notes at POSITION in options.diag's list: where reading the
    // whole document would have given them.
    void report(std::size_t position) const;
    // Adds what OTHER repaired (parts read on another thread): counts summed,
    // the earliest place kept, its line and column then counted with LINES (an
    // index of the same text: OTHER's may end first).
    void absorb(const DoubleEncodingRepairs& other, const LineIndex* lines);

private:
    struct Seen {
        std::size_t count = 0;
        std::optional<XmlPlace> first;  // the earliest in the text
    };
    const ReadOptions& options_;
    std::map<std::string, Seen> by_element_;  // ordered: the notes come out the same every run
};

}  // namespace wirekit
