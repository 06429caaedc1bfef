#include "xml/xml_text.hpp"

#include <map>

#include "report/error.hpp"
#include "text/ascii_scan.hpp"
#include "text/charset.hpp"
#include "text/html_entities.hpp"
#include "text/location.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// The value of encoding="..." in an XML declaration at the start of TEXT.
std::string declared_encoding(std::string_view text) {
    if (!text.starts_with("<?xml")) return {};
    std::string_view decl = text.substr(0, text.find("?>"));
    auto at = decl.find("encoding");
    if (at == std::string_view::npos) return {};
    auto quote = decl.find_first_of("\"'", at);
    if (quote == std::string_view::npos) return {};
    auto end = decl.find(decl[quote], quote + 1);
    if (end == std::string_view::npos) return {};
    return std::string(trim(decl.substr(quote + 1, end - quote - 1)));
}

void recovered(const ReadOptions& options, const std::string& message, std::size_t line = 0, std::size_t column = 0) {
    if (options.strict) throw Error(Exit::data, message + " (--strict)", options.source, line, column);
    options.diag->warning(options.source, message, line, column);
}

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.' ||
           c == ':' || static_cast<unsigned char>(c) >= 0x80;
}

// Where the markup that starts at POS ("<![CDATA[", "<!--", "<!DOCTYPE", "<?")
// ends, or npos when POS starts none of them.
std::size_t end_of_opaque_markup(std::string_view text, std::size_t pos) {
    // Elements, by far the most markup, start "<name": no further test.
    if (pos + 1 < text.size() && text[pos + 1] != '!' && text[pos + 1] != '?') return std::string_view::npos;
    std::string_view rest = text.substr(pos);
    auto after = [&](std::string_view close) {
        auto at = text.find(close, pos);
        return at == std::string_view::npos ? text.size() : at + close.size();
    };
    if (rest.starts_with("<![CDATA[")) return after("]]>");
    if (rest.starts_with("<!--")) return after("-->");
    if (rest.starts_with("<?")) return after("?>");
    if (rest.starts_with("<!DOCTYPE") || rest.starts_with("<!doctype")) {
        // An internal subset may hold '>' inside its declarations.
        auto bracket = text.find('[', pos);
        auto close = text.find('>', pos);
        if (bracket != std::string_view::npos && bracket < close) {
            auto subset_end = text.find(']', bracket);
            auto close_after = subset_end == std::string_view::npos ? subset_end : text.find('>', subset_end);
            return close_after == std::string_view::npos ? text.size() : close_after + 1;
        }
        return after(">");
    }
    return std::string_view::npos;
}

// The 8-bit charsets of Latin and other alphabets: text in them is valid
// UTF-8 with non-ASCII characters only by accident, never in practice.
bool is_single_byte_charset(std::string_view charset) {
    for (std::string_view family : {"iso-8859", "iso8859", "iso_8859", "latin", "windows-125", "cp125"})
        if (starts_with_ci(charset, family)) return true;
    return false;
}

bool has_non_ascii(std::string_view bytes) {
    for (char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80) return true;
    return false;
}

// Where the DOCTYPE starts, when one stands in the prolog (after the XML
// declaration, comments and processing instructions); npos otherwise.
std::size_t doctype_start(std::string_view text) {
    for (std::size_t pos = 0;;) {
        pos = text.find('<', pos);
        if (pos == std::string_view::npos) return pos;
        std::string_view rest = text.substr(pos);
        if (rest.starts_with("<!DOCTYPE")) return pos;
        if (!rest.starts_with("<?") && !rest.starts_with("<!--")) return std::string_view::npos;
        pos = end_of_opaque_markup(text, pos);
        if (pos >= text.size()) return std::string_view::npos;
    }
}

// The general entities of the DOCTYPE's internal subset whose value is plain
// text (<!ENTITY copy "(c) Example">): no markup and no reference, so that
// expanding one never expands another (no "billion laughs"). Parameter
// entities and external ones (SYSTEM, PUBLIC) are left alone.
std::map<std::string, std::string, std::less<>> plain_text_entities(std::string_view text) {
    constexpr std::size_t max_entities = 1000;
    std::map<std::string, std::string, std::less<>> entities;
    std::size_t doctype = doctype_start(text);
    if (doctype == std::string_view::npos) return entities;
    std::size_t subset = text.find('[', doctype), close = text.find('>', doctype);
    if (subset == std::string_view::npos || subset > close) return entities;
    std::size_t subset_end = text.find(']', subset);
    if (subset_end == std::string_view::npos) return entities;
    std::string_view declarations = text.substr(subset, subset_end - subset);
    for (std::size_t at = declarations.find("<!ENTITY"); at != std::string_view::npos && entities.size() < max_entities;
         at = declarations.find("<!ENTITY", at + 1)) {
        std::size_t pos = at + 8;
        while (pos < declarations.size() && is_ascii_space(declarations[pos])) ++pos;
        std::size_t name_end = pos;
        while (name_end < declarations.size() && is_name_char(declarations[name_end])) ++name_end;
        std::size_t quote = name_end;
        while (quote < declarations.size() && is_ascii_space(declarations[quote])) ++quote;
        if (name_end == pos || quote >= declarations.size() || (declarations[quote] != '"' && declarations[quote] != '\'')) continue;
        std::size_t value_end = declarations.find(declarations[quote], quote + 1);
        if (value_end == std::string_view::npos) break;
        std::string_view value = declarations.substr(quote + 1, value_end - quote - 1);
        if (value.find_first_of("<&%") != std::string_view::npos) continue;
        entities.emplace(std::string(declarations.substr(pos, name_end - pos)), std::string(value));
    }
    return entities;
}

}  // namespace

std::string xml_charset(std::string_view bytes, std::string_view declared_outside) {
    if (bytes.starts_with("\xEF\xBB\xBF")) return "UTF-8";
    if (bytes.starts_with(std::string_view("\xFF\xFE\x00\x00", 4))) return "UTF-32LE";
    if (bytes.starts_with(std::string_view("\x00\x00\xFE\xFF", 4))) return "UTF-32BE";
    if (bytes.starts_with("\xFF\xFE")) return "UTF-16LE";
    if (bytes.starts_with("\xFE\xFF")) return "UTF-16BE";
    // UTF-16 without a BOM still starts with '<' next to a zero byte.
    if (bytes.starts_with(std::string_view("<\0", 2))) return "UTF-16LE";
    if (bytes.starts_with(std::string_view("\0<", 2))) return "UTF-16BE";
    if (!declared_outside.empty()) return std::string(declared_outside);
    std::string declared = declared_encoding(trim_left(bytes));
    return declared.empty() ? "UTF-8" : declared;
}

std::optional<std::string> xml_to_utf8(std::string_view bytes, const ReadOptions& options) {
    std::string charset = xml_charset(bytes, options.charset);
    bytes = without_utf8_bom(bytes);
    if (is_utf8_name(charset) || iequals_ascii(charset, "us-ascii") || iequals_ascii(charset, "ascii")) {
        if (is_valid_utf8(bytes)) return std::nullopt;
        recovered(options, "input is not valid " + charset + "; decoded as Windows-1252");
        return windows1252_to_utf8(bytes);
    }
    // Declared ISO-8859-1 but written in UTF-8 (AFP's 2024 NewsML): "Décès"
    // read as Latin-1 would be "DÃ©cÃ¨s".
    if (is_single_byte_charset(charset) && has_non_ascii(bytes) && is_valid_utf8(bytes)) {
        recovered(options, "declared " + charset + ", but the bytes are UTF-8; read as UTF-8");
        return std::nullopt;
    }
    auto converted = convert_to_utf8(bytes, charset);
    if (!converted) {
        recovered(options, "unknown charset '" + charset + "'; read as UTF-8");
        if (is_valid_utf8(bytes)) return std::nullopt;
        return windows1252_to_utf8(bytes);
    }
    if (converted->replaced > 0)
        recovered(options, std::to_string(converted->replaced) + " byte sequences are not " + charset + "; replaced by U+FFFD");
    std::string& text = converted->text;
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    return std::optional<std::string>(std::move(text));
}

std::optional<std::string> repair_references(std::string_view text, const ReadOptions& options) {
    // Expansions stop at this much text: a DTD cannot make a small file huge.
    constexpr std::size_t max_expanded_bytes = 1 << 20;
    const auto declared = plain_text_entities(text);
    std::string out;
    bool changed = false;
    std::size_t copied = 0, named = 0, bare = 0, expanded = 0, expanded_bytes = 0, first_named = 0, first_bare = 0, first_expanded = 0;
    // Only '&' matters, outside comments, CDATA and declarations ("<!", "<?"):
    // the text and element tags between them are skipped sixteen bytes at a time.
    for (std::size_t pos = skip_to_byte_or_pair(text, 0, '&', '<', '!', '?'); pos < text.size();
         pos = skip_to_byte_or_pair(text, pos + 1, '&', '<', '!', '?')) {
        if (text[pos] == '<') {
            std::size_t end = end_of_opaque_markup(text, pos);
            if (end != std::string::npos) pos = end - 1;
            continue;
        }
        std::size_t name_end = pos + 1;
        if (name_end < text.size() && text[name_end] == '#') {
            continue;  // numeric references are XML's own
        }
        while (name_end < text.size() && is_name_char(text[name_end])) ++name_end;
        std::string_view name(text.data() + pos + 1, name_end - pos - 1);
        bool terminated = name_end < text.size() && text[name_end] == ';' && !name.empty();
        if (terminated && (name == "lt" || name == "gt" || name == "amp" || name == "quot" || name == "apos")) continue;
        std::string replacement;
        std::size_t replaced_length = 1;
        auto entity = terminated ? declared.find(name) : declared.end();
        if (entity != declared.end() && expanded_bytes + entity->second.size() <= max_expanded_bytes) {
            replacement = entity->second;
            replaced_length = name_end + 1 - pos;
            expanded_bytes += entity->second.size();
            if (expanded++ == 0) first_expanded = pos;
        } else if (char32_t cp = terminated ? html_entity(name) : 0) {
            append_utf8(replacement, cp);
            replaced_length = name_end + 1 - pos;
            if (named++ == 0) first_named = pos;
        } else {
            // A bare '&', or a reference to an entity of the DTD, which is
            // never expanded: kept as text.
            replacement = "&amp;";
            if (bare++ == 0) first_bare = pos;
        }
        out.append(text, copied, pos - copied);
        out += replacement;
        copied = pos + replaced_length;
        pos = copied - 1;
        changed = true;
    }
    if (!changed) return std::nullopt;
    out.append(text.substr(copied));
    if (expanded > 0) {
        auto lc = line_column(text, first_expanded);
        options.diag->note(options.source, std::to_string(expanded) + " references to plain-text entities of the internal DTD were expanded",
                           lc.line, lc.column);
    }
    if (named > 0) {
        auto lc = line_column(text, first_named);
        recovered(options, std::to_string(named) + " HTML entity references that XML does not define were read as characters",
                  lc.line, lc.column);
    }
    if (bare > 0) {
        auto lc = line_column(text, first_bare);
        recovered(options,
                  std::to_string(bare) +
                      " '&' that start no XML reference (a bare '&', or an entity of the DTD, never expanded) were read as text",
                  lc.line, lc.column);
    }
    return out;
}

}  // namespace wirekit
