#include "ninjs/ninjs_keys.hpp"

#include <array>

namespace wirekit {

namespace {

using namespace ninjs_keys;

constexpr std::array top_level{uri,
                               type,
                               representationtype,
                               profile,
                               version,
                               firstcreated,
                               versioncreated,
                               contentcreated,
                               embargoed,
                               pubstatus,
                               urgency,
                               copyrightholder,
                               copyrightnotice,
                               usageterms,
                               ednote,
                               language,
                               descriptions,
                               bodies,
                               headlines,
                               people,
                               organisations,
                               places,
                               subjects,
                               events,
                               event_details,
                               planned_coverage,
                               objects,
                               infosources,
                               title,
                               by,
                               slugline,
                               located,
                               renditions,
                               associations,
                               altids,
                               trustindicators,
                               standard,
                               genres,
                               expires,
                               rightsinfo,
                               digitalsourcetype};

// Names 3.x spells differently from 2.x below the top level (the 3.1 schema's
// $defs), besides those declared in the header.
constexpr NinjsKey nested[] = {contenttype,
                               charcount,
                               wordcount,
                               sizeinbytes,
                               contactinfo,
                               geojson,
                               {"postalcode", "postalcode", "postalCode"},
                               {"symboltype", "symboltype", "symbolType"},
                               {"langid", "langid", "langId"},
                               {"linkedrights", "linkedrights", "linkedRights"},
                               {"encodedrights", "encodedrights", "encodedRights"}};

}  // namespace

std::span<const NinjsKey> ninjs_top_level_keys() { return top_level; }

std::string_view ninjs_spelling(std::string_view key, NinjsVersion version) {
    auto spelled = [&](const NinjsKey& k) -> std::string_view {
        if (k.v2 != key && k.v3 != key) return {};
        std::string_view wanted = k.in(version);
        return wanted.empty() ? key : wanted;
    };
    for (const auto& k : top_level)
        if (auto s = spelled(k); !s.empty()) return s;
    for (const auto& k : nested)
        if (auto s = spelled(k); !s.empty()) return s;
    return key;
}

}  // namespace wirekit
