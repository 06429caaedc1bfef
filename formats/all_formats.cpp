// The single table of formats. Adding a format means adding its line here.
#include "anpa/anpa_format.hpp"
#include "atom/atom_format.hpp"
#include "dispatch/dispatch_format.hpp"
#include "iptc7901/iptc7901_format.hpp"
#include "json/json_format.hpp"
#include "jsonfeed/jsonfeed_format.hpp"
#include "newsml/newsml_format.hpp"
#include "newsml1/newsml1_format.hpp"
#include "nitf/nitf_format.hpp"
#include "ninjs/ninjs_format.hpp"
#include "rss/rss_format.hpp"
#include "registry/format.hpp"
#include "zczc/zczc_format.hpp"

namespace wirekit {

std::span<const FormatInfo> all_formats() {
    static const FormatInfo table[] = {
        dispatch_format(),
        anpa_format(),
        iptc7901_format(),
        zczc_format(),
        newsml_format(),
        nitf_format(),
        newsml1_format(),
        rss_format(),
        atom_format(),
        ninjs_format(),
        jsonfeed_format(),
        json_format(),
        jsonl_format(),
    };
    return table;
}

}  // namespace wirekit
