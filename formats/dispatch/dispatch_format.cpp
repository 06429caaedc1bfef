#include "dispatch/dispatch_format.hpp"

#include "dispatch/dispatch_reader.hpp"
#include "dispatch/dispatch_writer.hpp"

namespace wirekit {

FormatInfo dispatch_format() {
    return {"dispatch", {"text", "txt"}, {".txt", ".text"}, {"text/plain"},
            "plain-text wire dispatch: headline, dateline + lead, paragraphs", sniff_dispatch, read_dispatch,
            write_dispatch, {}, nullptr, read_dispatch_each};
}

}  // namespace wirekit
