#pragma once
// A small builder of indented XML text for the XML writers (NewsML-G2, NITF,
// NewsML 1.x): elements, attributes and text, escaped, with characters XML 1.0
// cannot carry removed.
#include <string>
#include <string_view>
#include <vector>

#include "model/body.hpp"

namespace wirekit {

// An attribute with an empty value is left out unless it is KEEP_EMPTY.
struct Attribute {
    std::string_view name;
    std::string value;
    bool keep_empty = false;
};
using Attributes = std::vector<Attribute>;

// TEXT without the characters XML 1.0 forbids (most C0 controls, U+FFFE,
// U+FFFF) and with invalid UTF-8 replaced by U+FFFD.
std::string xml_safe(std::string_view text);

// TEXT escaped for element content (CR kept as a reference, since parsers turn
// a raw CR into LF).
std::string escape_text(std::string_view text);

// TEXT escaped for an attribute value (tab, LF and CR kept as references,
// since parsers turn them into spaces).
std::string escape_attribute(std::string_view text);

// TEXT on one line: white space runs (tabs, line breaks) become one space;
// what XML cannot carry is left out.
std::string xml_one_line(std::string_view text);

// The lines of TEXT escaped and joined with <br/> (XHTML's and NITF's line
// break), blank lines kept, so that a trailer keeps its line breaks.
std::string lines_with_breaks(std::string_view text);

// A copy of BODY whose text holds only characters XML can carry.
Body xml_safe_body(const Body& body);

// Without MARKS (the output was not asked for as +roundtrip) every element
// and attribute of wirekit's own (prefix wk:, and its xmlns:wk declaration)
// is left out as it is written, so that callers need not ask each time.
// Writers without markers of their own pass false.
class XmlOut {
public:
    explicit XmlOut(bool marks) : marks_(marks) {}
    bool marks() const { return marks_; }

    // "<NAME ATTRIBUTES>" on a line of its own, then one level deeper.
    void open(std::string_view name, const Attributes& attributes = {});
    void close(std::string_view name);
    // "<NAME ATTRIBUTES>TEXT</NAME>", or "<NAME ATTRIBUTES/>" when TEXT is empty.
    void leaf(std::string_view name, const Attributes& attributes = {}, std::string_view text = {});
    // Markup written as given, indented as one line.
    void markup(std::string_view xml);
    // Markup written as given on lines of its own, without indenting (its
    // line breaks may be content, as in <pre>).
    void raw(std::string_view xml);

    const std::string& text() const { return out_; }

private:
    void indent();
    void start_tag(std::string_view name, const Attributes& attributes);
    bool left_out(std::string_view name) const;

    std::string out_;
    int depth_ = 0;
    bool marks_;
};

}  // namespace wirekit
