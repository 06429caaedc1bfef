#include "newsml1/newsml1_format.hpp"

#include "newsml1/newsml1_reader.hpp"
#include "newsml1/newsml1_validate.hpp"
#include "newsml1/newsml1_writer.hpp"

namespace wirekit {

FormatInfo newsml1_format() {
    // NewsML 1.x has no media type registered: generic XML.
    FormatInfo f{"newsml1", {}, {".newsml1"}, {"application/xml"}, "IPTC NewsML 1.x: NewsEnvelope and NewsItems (AFP, EFE, ANP, Kyodo, Belga, ...)", sniff_newsml1,
                 read_newsml1, write_newsml1};
    f.validate = validate_newsml1;
    return f;
}

}  // namespace wirekit
