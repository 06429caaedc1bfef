#include "newsml1/newsml1_validate.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "schema/xml_schema_check.hpp"
#include "text/text.hpp"
#include "xml/xml_sniff.hpp"

namespace wirekit {

namespace {

constexpr std::string_view data_content_tag = "<DataContent";

// The byte range of what a <DataContent> element holds.
struct Payload {
    std::size_t begin = 0, end = 0;
};

// Every DataContent's content in BYTES (NewsML 1.2 puts no prefix on it, and
// a DataContent never holds another).
std::vector<Payload> data_contents(std::string_view bytes) {
    std::vector<Payload> out;
    for (std::size_t pos = bytes.find(data_content_tag); pos != std::string_view::npos; pos = bytes.find(data_content_tag, pos)) {
        std::size_t tag_end = bytes.find('>', pos);
        if (tag_end == std::string_view::npos) break;
        char after = bytes[pos + data_content_tag.size()];
        bool is_start_tag = (after == '>' || is_ascii_space(after)) && bytes[tag_end - 1] != '/';
        if (!is_start_tag) {
            pos = tag_end;
            continue;
        }
        std::size_t close = bytes.find("</DataContent", tag_end);
        if (close == std::string_view::npos) break;
        out.push_back({tag_end + 1, close});
        pos = close;
    }
    return out;
}

// UTF-16 and UTF-32 text cannot be cut up byte by byte as ASCII.
bool is_ascii_compatible(std::string_view bytes) {
    if (bytes.starts_with("\xFE\xFF") || bytes.starts_with("\xFF\xFE")) return false;
    return bytes.substr(0, 4).find('\0') == std::string_view::npos;
}

// The element name a payload starts with, or "" when it is text (escaped
// markup, CDATA, plain text).
std::string_view first_element_name(std::string_view payload) {
    std::size_t start = payload.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos || payload[start] != '<') return {};
    std::string_view rest = payload.substr(start + 1);
    if (rest.empty() || rest[0] == '!' || rest[0] == '?') return {};
    return rest.substr(0, rest.find_first_of(" \t\r\n/>"));
}

// PAYLOAD's markup as a document of its own, at the same line and column as
// in BYTES (so that findings point into the file) and under its XML
// declaration (so that its charset is known).
std::string payload_document(std::string_view bytes, Payload payload) {
    std::string_view declaration;
    if (std::size_t at = bytes.find("<?xml"); at != std::string_view::npos && at <= 3) declaration = bytes.substr(0, bytes.find("?>") + 2);
    std::string_view before = bytes.substr(0, payload.begin);
    std::size_t lines = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    std::size_t declaration_lines = static_cast<std::size_t>(std::count(declaration.begin(), declaration.end(), '\n'));
    std::size_t line_start = before.rfind('\n');
    std::size_t column = line_start == std::string_view::npos ? payload.begin : payload.begin - line_start - 1;
    std::string out(declaration);
    out.append(lines - declaration_lines, '\n');
    out.append(column, ' ');
    out += bytes.substr(payload.begin, payload.end - payload.begin);
    return out;
}

}  // namespace

void validate_newsml1(std::string_view bytes, const ReadOptions& options, Findings& findings) {
    constexpr XmlSchema newsml1_dtd{"newsml1/NewsML_1.2.dtd", XmlSchemaLanguage::dtd};
    // Another root would make every element an error of its own, and libxml2
    // takes quadratic time over a hundred thousand of them.
    constexpr std::size_t sniffed_bytes = 64 * 1024;
    if (std::string name = sniff_xml_root(bytes.substr(0, sniffed_bytes)).name; !name.empty() && name != "NewsML") {
        findings.error("Element '" + name + "': the DTD's root is NewsML; not checked further", 1, 1);
        return;
    }
    if (!is_ascii_compatible(bytes)) return validate_with_xml_schema(bytes, newsml1_dtd, options, findings);
    // The DTD declares DataContent as ANY, yet wants every element in it
    // declared, and declares no NITF: the document is checked with each
    // DataContent blanked (lines kept), its NITF by NITF's own schema.
    std::vector<Payload> payloads = data_contents(bytes);
    std::string envelope(bytes);
    for (Payload p : payloads)
        for (std::size_t i = p.begin; i < p.end; ++i)
            if (envelope[i] != '\n' && envelope[i] != '\r') envelope[i] = ' ';
    validate_with_xml_schema(envelope, newsml1_dtd, options, findings);
    for (Payload p : payloads) {
        std::string_view content = bytes.substr(p.begin, p.end - p.begin);
        std::string_view name = first_element_name(content);
        if (name.empty()) continue;
        std::string_view local = name.substr(name.find(':') == std::string_view::npos ? 0 : name.find(':') + 1);
        if (local == "nitf")
            validate_with_xml_schema(payload_document(bytes, p), nitf_schema, options, findings);
        else
            options.diag->note(options.source, "a DataContent holds <" + std::string(name) +
                                                   ">, which neither NewsML 1.2 nor NITF declares: not checked");
    }
}

}  // namespace wirekit
