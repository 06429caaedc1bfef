#include "ninjs/ninjs_format.hpp"

#include "ninjs/ninjs_reader.hpp"
#include "ninjs/ninjs_validate.hpp"
#include "ninjs/ninjs_writer.hpp"

namespace wirekit {

FormatInfo ninjs_format() {
    return {"ninjs",
            {},
            {".ninjs"},
            {"application/json"},
            "IPTC ninjs 1.x, 2.x and 3.x; writes 2.2 or 3.1",
            sniff_ninjs,
            read_ninjs,
            write_ninjs,
            {{"3.1", "write ninjs 3.1 instead of 2.2"}, {"lines", "one ninjs object per line"}},
            validate_ninjs};
}

}  // namespace wirekit
