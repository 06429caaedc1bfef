#pragma once
// ninjs property names in each major version: 1.x flat lower-case names
// ("byline", "person"), 2.x arrays of objects ("by", "people"), 3.x the 2.x
// model in camelCase ("versionCreated", "infoSources").
#include <span>
#include <string_view>

namespace wirekit {

enum class NinjsVersion { v1, v2, v3 };

struct NinjsKey {
    std::string_view v1, v2, v3;  // "" when that version has no such property

    std::string_view in(NinjsVersion version) const {
        switch (version) {
        case NinjsVersion::v1: return v1;
        case NinjsVersion::v2: return v2;
        case NinjsVersion::v3: return v3;
        }
        return v2;
    }
};

namespace ninjs_keys {

// Top-level properties, in the order of the 2.2 and 3.1 schemas (which is
// also the order the writer uses).
inline constexpr NinjsKey uri{"uri", "uri", "uri"};
inline constexpr NinjsKey type{"type", "type", "type"};
inline constexpr NinjsKey representationtype{"representationtype", "representationtype", "representationType"};
inline constexpr NinjsKey profile{"profile", "profile", "profile"};
inline constexpr NinjsKey version{"version", "version", "version"};
inline constexpr NinjsKey firstcreated{"firstcreated", "firstcreated", "firstCreated"};
inline constexpr NinjsKey versioncreated{"versioncreated", "versioncreated", "versionCreated"};
inline constexpr NinjsKey contentcreated{"contentcreated", "contentcreated", "contentCreated"};
inline constexpr NinjsKey embargoed{"embargoed", "embargoed", "embargoedUntil"};
inline constexpr NinjsKey pubstatus{"pubstatus", "pubstatus", "pubStatus"};
inline constexpr NinjsKey urgency{"urgency", "urgency", "urgency"};
inline constexpr NinjsKey copyrightholder{"copyrightholder", "copyrightholder", "copyrightHolder"};
inline constexpr NinjsKey copyrightnotice{"copyrightnotice", "copyrightnotice", "copyrightNotice"};
inline constexpr NinjsKey usageterms{"usageterms", "usageterms", "usageTerms"};
inline constexpr NinjsKey ednote{"ednote", "ednote", "edNote"};
inline constexpr NinjsKey language{"language", "language", "language"};
inline constexpr NinjsKey descriptions{"", "descriptions", "descriptions"};
inline constexpr NinjsKey bodies{"", "bodies", "bodies"};
inline constexpr NinjsKey headlines{"", "headlines", "headlines"};
inline constexpr NinjsKey people{"person", "people", "people"};
inline constexpr NinjsKey organisations{"organisation", "organisations", "organisations"};
inline constexpr NinjsKey places{"place", "places", "places"};
inline constexpr NinjsKey subjects{"subject", "subjects", "subjects"};
inline constexpr NinjsKey events{"event", "events", "events"};
inline constexpr NinjsKey event_details{"", "", "eventDetails"};
inline constexpr NinjsKey planned_coverage{"", "", "plannedCoverage"};
inline constexpr NinjsKey objects{"object", "objects", "objects"};
inline constexpr NinjsKey infosources{"infosource", "infosources", "infoSources"};
inline constexpr NinjsKey title{"title", "title", "title"};
inline constexpr NinjsKey by{"byline", "by", "by"};
inline constexpr NinjsKey slugline{"slugline", "slugline", "slugline"};
inline constexpr NinjsKey located{"located", "located", "located"};
inline constexpr NinjsKey renditions{"renditions", "renditions", "renditions"};
inline constexpr NinjsKey associations{"associations", "associations", "associations"};
inline constexpr NinjsKey altids{"altids", "altids", "altIds"};
inline constexpr NinjsKey trustindicators{"trustindicator", "trustindicators", "trustIndicators"};
inline constexpr NinjsKey standard{"$standard", "standard", "standard"};
inline constexpr NinjsKey genres{"genre", "genres", "genres"};
inline constexpr NinjsKey expires{"expires", "expires", "expires"};
inline constexpr NinjsKey rightsinfo{"rightsinfo", "rightsinfo", "rightsInfo"};
inline constexpr NinjsKey digitalsourcetype{"digitalsourcetype", "digitalsourcetype", "digitalSourceType"};

// Inside headlines, bodies, descriptions, renditions and concepts.
inline constexpr NinjsKey contenttype{"mimetype", "contenttype", "contentType"};
inline constexpr NinjsKey charcount{"charcount", "charcount", "charCount"};
inline constexpr NinjsKey wordcount{"wordcount", "wordcount", "wordCount"};
inline constexpr NinjsKey sizeinbytes{"sizeinbytes", "sizeinbytes", "sizeInBytes"};
inline constexpr NinjsKey contactinfo{"contactinfo", "contactinfo", "contactInfo"};
inline constexpr NinjsKey geojson{"", "geojson", "geoJSON"};

// The ninjs documents' own "$schema" link, which the schemas do not list.
inline constexpr std::string_view schema_link = "$schema";

}  // namespace ninjs_keys

// The top-level properties in schema order.
std::span<const NinjsKey> ninjs_top_level_keys();

// KEY (a 2.x or 3.x spelling, at any depth) in the spelling of VERSION (2 or
// 3); KEY itself when the versions spell it alike or it is not a ninjs name.
std::string_view ninjs_spelling(std::string_view key, NinjsVersion version);
inline std::string_view ninjs_v2_spelling(std::string_view key) { return ninjs_spelling(key, NinjsVersion::v2); }
inline std::string_view ninjs_v3_spelling(std::string_view key) { return ninjs_spelling(key, NinjsVersion::v3); }

}  // namespace wirekit
