#pragma once
// The whole-document reader of a format that reads article by article: it
// collects what the streaming reader hands over, so both share one code path.
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {

// Reads BYTES with READ_EACH and returns every article it handed over, with
// its feed information.
Document collect_articles(ReadEachFn read_each, std::string_view bytes, const ReadOptions& options);

}  // namespace wirekit
