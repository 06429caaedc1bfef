#pragma once
// libxml2's errors as findings at their place in the input. libxml2 keeps a
// line per node but no column, so while the document is parsed each element
// records where its start tag ends (LibxmlPlaces::parse); an error about a
// node is then put at the '<' of its start tag, or at the name of the
// attribute it is about.
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <cstddef>
#include <optional>
#include <string_view>

#include "report/validation.hpp"
#include "text/location.hpp"

namespace wirekit {

class LibxmlPlaces {
public:
    // TEXT: the bytes given to libxml2; they must outlive this object.
    explicit LibxmlPlaces(std::string_view text) : text_(text), lines_(text) {}

    // Parses TEXT as a document with OPTIONS (xmlParserOption flags) and
    // ENCODING (null: from the document), recording the place of each element.
    // Null when it is not well-formed (the parser's errors went to libxml2's
    // error handler).
    xmlDocPtr parse(int options, const char* encoding);

    // Line and column (1-based, in code points) of what NODE is about: the
    // start tag, or in it the attribute ATTRIBUTE (a qualified name, or
    // "{uri}local" as libxml2 writes names) when it is written there; nullopt
    // when its place was not recorded (input that was not UTF-8).
    std::optional<std::pair<std::size_t, std::size_t>> place_of(xmlNodePtr node, std::string_view attribute = {});

private:
    static void record_start_tag(void* ctx, const xmlChar* localname, const xmlChar* prefix, const xmlChar* uri,
                                 int namespace_count, const xmlChar** namespaces, int attribute_count,
                                 int defaulted_count, const xmlChar** attributes);

    std::string_view text_;
    LineIndex lines_;
};

// Collects libxml2's structured errors into FINDINGS, placed with PLACES
// (when given): xmlStructuredErrorFunc's DATA.
struct LibxmlErrorSink {
    Findings& findings;
    LibxmlPlaces* places = nullptr;

    static void receive(void* sink, xmlErrorPtr error);
};

}  // namespace wirekit
