#pragma once
// What the nitf reader and writer agree on: the extension keys (format
// "nitf") that keep what NITF states and the model has no field for, so that
// nitf -> json -> nitf gives the same document back.
#include <array>
#include <string_view>

#include "text/text.hpp"

namespace wirekit::nitf {

inline constexpr std::string_view format_id = "nitf";

// head/meta: "meta:NAME" holds the content (several of one name, a line each).
inline constexpr std::string_view meta_prefix = "meta:";
inline constexpr std::string_view bibliography = "bibliography";  // body.end/bibliography

// Attributes kept as "ELEMENT@ATTRIBUTE" where the model has no field for
// them; the writer writes each element that has one, in this order (the
// docdata elements before pubdata, as head's sequence wants).
struct KeptElement {
    std::string_view element;
    std::array<std::string_view, 6> attributes;  // "" ends the list
};
inline constexpr KeptElement kept_docdata[] = {
    {"doc-id", {"regsrc"}},
    {"date.release", {"norm"}},  // when it is no embargo (not after date.issue)
    {"date.expire", {"norm"}},
    {"doc-scope", {"scope"}},
    {"series", {"series.name", "series.part", "series.totalpart"}},
    {"fixture", {"fix-id"}},
    {"du-key", {"key", "generation", "part"}},  // its version is the model's
    {"ed-msg", {"msg-type"}},
    {"doc.copyright", {"year"}},
    {"doc.rights", {"owner", "agent", "geography", "type"}},  // limitations: the usage terms
};
// The kept_docdata entry of ELEMENT (any ASCII case), or null.
inline const KeptElement* kept_docdata_element(std::string_view element) {
    for (const auto& kept : kept_docdata)
        if (iequals_ascii(kept.element, element)) return &kept;
    return nullptr;
}

inline constexpr KeptElement kept_docdata_attributes = {"docdata", {"management-doc-idref", "management-idref-status"}};
inline constexpr KeptElement kept_pubdata = {
    "pubdata", {"type", "name", "edition.area", "item-length", "unit-of-measure", "position.section"}};
inline constexpr KeptElement kept_tobject = {"tobject", {"tobject.type"}};

}  // namespace wirekit::nitf
