#include "jsonfeed/jsonfeed_format.hpp"

#include "jsonfeed/jsonfeed_reader.hpp"
#include "jsonfeed/jsonfeed_validate.hpp"
#include "jsonfeed/jsonfeed_writer.hpp"

namespace wirekit {

FormatInfo jsonfeed_format() {
    return {"jsonfeed",
            {"json-feed"},
            {".feed.json"},
            {"application/feed+json"},
            "JSON Feed 1.0 and 1.1; writes 1.1",
            sniff_jsonfeed,
            read_jsonfeed,
            write_jsonfeed,
            {},
            validate_jsonfeed};
}

}  // namespace wirekit
