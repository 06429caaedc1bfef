#include "rss/rss_format.hpp"

#include "rss/rss_reader.hpp"
#include "rss/rss_validate.hpp"
#include "rss/rss_writer.hpp"

namespace wirekit {

FormatInfo rss_format() {
    return {"rss", {"rss2"}, {".rss", ".cdf"}, {"application/rss+xml"},
            "RSS 0.9x, 1.0 (RDF) and 2.0 feeds, Microsoft CDF; writes RSS 2.0", sniff_rss, read_rss, write_rss, {round_trip_format_variant}, validate_rss, read_rss_each};
}

}  // namespace wirekit
