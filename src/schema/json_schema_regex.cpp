#include "schema/json_schema_regex.hpp"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace wirekit {

namespace {

// ECMA-262's WhiteSpace and LineTerminator, the members of \s (in PCRE2's
// ALT_BSUX spelling: \xhh, \uhhhh).
constexpr std::string_view ecma_space_members =
    "\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";

// Unicode's long names and aliases of the general categories, which ECMA-262
// allows in \p{...} and PCRE2 10.42 does not know, with their short names.
constexpr std::pair<std::string_view, std::string_view> category_names[] = {
    {"letter", "L"}, {"casedletter", "L&"}, {"uppercaseletter", "Lu"}, {"lowercaseletter", "Ll"},
    {"titlecaseletter", "Lt"}, {"modifierletter", "Lm"}, {"otherletter", "Lo"}, {"mark", "M"}, {"combiningmark", "M"},
    {"nonspacingmark", "Mn"}, {"spacingmark", "Mc"}, {"enclosingmark", "Me"}, {"number", "N"},
    {"decimalnumber", "Nd"}, {"digit", "Nd"}, {"letternumber", "Nl"}, {"othernumber", "No"}, {"punctuation", "P"},
    {"punct", "P"}, {"connectorpunctuation", "Pc"}, {"dashpunctuation", "Pd"}, {"openpunctuation", "Ps"},
    {"closepunctuation", "Pe"}, {"initialpunctuation", "Pi"}, {"finalpunctuation", "Pf"}, {"otherpunctuation", "Po"},
    {"symbol", "S"}, {"mathsymbol", "Sm"}, {"currencysymbol", "Sc"}, {"modifiersymbol", "Sk"}, {"othersymbol", "So"},
    {"separator", "Z"}, {"spaceseparator", "Zs"}, {"lineseparator", "Zl"}, {"paragraphseparator", "Zp"},
    {"other", "C"}, {"control", "Cc"}, {"cntrl", "Cc"}, {"format", "Cf"}, {"surrogate", "Cs"}, {"privateuse", "Co"},
    {"unassigned", "Cn"}};

// NAME of \p{NAME} as PCRE2 knows it.
std::string property_name(std::string_view name) {
    std::string loose;
    for (char c : name)
        if (c != '_' && c != ' ' && c != '-') loose += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    for (auto [long_name, short_name] : category_names)
        if (loose == long_name) return std::string(short_name);
    return std::string(name);
}

// PATTERN with \s and \S spelt out as classes (PCRE2's \s without UCP is
// ASCII only, with UCP it misses the BOM and takes U+0085); the rest passes as
// it is, PCRE2 reading ECMA-262's escapes with ALT_BSUX.
std::string to_pcre2(std::string_view pattern) {
    std::string out;
    bool in_class = false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        char c = pattern[i];
        if (c == '\\' && i + 1 < pattern.size()) {
            char next = pattern[++i];
            auto close = pattern.find('}', i);
            if ((next == 'p' || next == 'P') && i + 1 < pattern.size() && pattern[i + 1] == '{' && close != std::string_view::npos) {
                out += std::string{c, next} + "{" + property_name(pattern.substr(i + 2, close - i - 2)) + "}";
                i = close;
            } else if (next == 's')
                out += in_class ? std::string(ecma_space_members) : "[" + std::string(ecma_space_members) + "]";
            else if (next == 'S' && !in_class)
                out += "[^" + std::string(ecma_space_members) + "]";
            else
                out += {c, next};
            continue;
        }
        if (c == '[' && !in_class) in_class = true;
        else if (c == ']' && in_class) in_class = false;
        out += c;
    }
    return out;
}

pcre2_code* as_code(void* code) { return static_cast<pcre2_code*>(code); }

}  // namespace

EcmaRegex::EcmaRegex(std::string_view pattern) {
    std::string translated = to_pcre2(pattern);
    pcre2_compile_context* context = pcre2_compile_context_create(nullptr);
    pcre2_set_compile_extra_options(context, PCRE2_EXTRA_ALT_BSUX);
    int error_code = 0;
    PCRE2_SIZE error_offset = 0;
    code_ = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(translated.data()), translated.size(),
                          PCRE2_UTF | PCRE2_ALT_BSUX | PCRE2_DOLLAR_ENDONLY, &error_code, &error_offset, context);
    pcre2_compile_context_free(context);
    if (!code_) {
        PCRE2_UCHAR message[256];
        pcre2_get_error_message(error_code, message, sizeof message);
        error_ = reinterpret_cast<const char*>(message);
    }
}

EcmaRegex::~EcmaRegex() { pcre2_code_free(as_code(code_)); }

bool EcmaRegex::search(std::string_view text) const {
    if (!code_) return false;
    pcre2_match_data* match = pcre2_match_data_create_from_pattern(as_code(code_), nullptr);
    int found = pcre2_match(as_code(code_), reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), 0, 0, match, nullptr);
    pcre2_match_data_free(match);
    return found >= 0;
}

}  // namespace wirekit
