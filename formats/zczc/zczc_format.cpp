#include "zczc/zczc_format.hpp"

#include "wire/wire_sniff.hpp"
#include "zczc/zczc_reader.hpp"

namespace wirekit {

// Read only: newsroom systems emit ANPA-1312 or IPTC 7901 (-t anpa, -t iptc7901).
FormatInfo zczc_format() {
    FormatInfo f{"zczc", {"aap"}, {".zczc"}, {}, "ZCZC ... NNNN telex copy (AAP, Medianet): marker header lines, text (read only)",
                 sniff_zczc, read_zczc, nullptr};
    f.sniff_rule = wire_sniff_rule;
    return f;
}

}  // namespace wirekit
