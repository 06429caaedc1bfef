#pragma once
// IPTC QCodes ("medtop:20000763"): a scheme alias, a colon, a code. The aliases
// IPTC declares in its G2 catalog map to scheme URIs, so a QCode with a known
// alias names a concept URI and a URI under a known scheme has a QCode. Shared
// by every format that carries IPTC NewsCodes (NewsML-G2, NITF, ninjs).
#include <optional>
#include <string>
#include <string_view>

namespace wirekit {

// The IPTC catalog the alias table is written from; NewsML-G2 output refers to it.
inline constexpr std::string_view iptc_catalog_url = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml";

struct QCode {
    std::string_view alias;
    std::string_view code;
};

// "alias:code" split at the first colon; nullopt unless both parts are
// non-empty and free of whitespace (the QCode syntax of NewsML-G2).
std::optional<QCode> split_qcode(std::string_view qcode);

// The scheme URI the IPTC catalog gives ALIAS (exact, case-sensitive), or "".
std::string_view iptc_scheme_uri(std::string_view alias);

// The concept URI of QCODE when its alias is in the IPTC catalog, else "".
std::string expand_qcode(std::string_view qcode);

// The QCode of URI when it lies under an IPTC scheme URI (the longest one that
// matches) and the rest is a valid code, else "".
std::string compact_uri(std::string_view uri);

}  // namespace wirekit
