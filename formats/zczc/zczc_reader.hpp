#pragma once
// Reads ZCZC ... NNNN telex copy (AAP, Medianet, Pagemasters): the marker
// lines of the header ($ category, : keyword, = take key, ^ headline, * format,
// & service, + IPTC subject, @ place, ~ genre, % selectors, # keyword), then
// the body to NNNN; several messages in one capture give several articles.
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {
Document read_zczc(std::string_view bytes, const ReadOptions& options);
int sniff_zczc(std::string_view prefix);
}  // namespace wirekit
