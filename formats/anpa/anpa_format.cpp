#include "anpa/anpa_format.hpp"

#include "anpa/anpa_reader.hpp"
#include "anpa/anpa_writer.hpp"
#include "wire/wire_sniff.hpp"

namespace wirekit {

FormatInfo anpa_format() {
    FormatInfo f{"anpa", {"anpa1312"}, {".anpa"}, {}, "ANPA-1312 wire copy (AP): header lines, caret lines, TAB paragraphs, stamp",
                 sniff_anpa, read_anpa, write_anpa};
    f.sniff_rule = wire_sniff_rule;
    return f;
}

}  // namespace wirekit
