#include "schema/xml_schema_check.hpp"

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/valid.h>
#include <libxml/xmlschemas.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "report/error.hpp"
#include "schema/bundled_files.hpp"
#include "schema/libxml_findings.hpp"

namespace wirekit {

namespace {

// Where schemas found elsewhere usually point for the xml: namespace.
constexpr std::string_view w3c_xml_xsd = "http://www.w3.org/2001/xml.xsd";

// libxml2's loader for every external resource: the bundled files (a relative
// schemaLocation such as "xml.xsd" resolves against the bundled URI of the
// schema that names it), nothing else.
xmlParserInputPtr load_bundled(const char* url, const char*, xmlParserCtxtPtr ctxt) {
    std::string_view wanted = url ? url : "";
    std::optional<std::string_view> bytes;
    if (wanted == w3c_xml_xsd)
        bytes = bundled_file("newsml-g2/xml.xsd");
    else if (wanted.starts_with(bundled_uri_base))
        bytes = bundled_file(wanted.substr(bundled_uri_base.size()));
    if (!bytes) return nullptr;  // libxml2 reports that it failed to load it
    xmlParserInputBufferPtr buffer =
        xmlParserInputBufferCreateMem(bytes->data(), static_cast<int>(bytes->size()), XML_CHAR_ENCODING_NONE);
    if (!buffer) return nullptr;
    xmlParserInputPtr input = xmlNewIOInputStream(ctxt, buffer, XML_CHAR_ENCODING_NONE);
    if (!input) {
        xmlFreeParserInputBuffer(buffer);
        return nullptr;
    }
    input->filename = reinterpret_cast<const char*>(xmlStrdup(reinterpret_cast<const xmlChar*>(url)));
    return input;
}

void ignore_generic_error(void*, const char*, ...) {}

// Routes libxml2's errors on this thread to SINK while it lives.
class ErrorRoute {
public:
    explicit ErrorRoute(LibxmlErrorSink& sink) {
        static std::once_flag setup;
        std::call_once(setup, [] {
            xmlInitParser();
            xmlSetExternalEntityLoader(load_bundled);
        });
        xmlSetStructuredErrorFunc(&sink, LibxmlErrorSink::receive);
        xmlSetGenericErrorFunc(nullptr, ignore_generic_error);
    }
    ~ErrorRoute() {
        xmlSetStructuredErrorFunc(nullptr, nullptr);
        xmlSetGenericErrorFunc(nullptr, nullptr);
    }
    ErrorRoute(const ErrorRoute&) = delete;
    ErrorRoute& operator=(const ErrorRoute&) = delete;
};

struct CompiledSchema {
    xmlDocPtr doc = nullptr;  // the schema document, kept while the schema refers to it
    xmlSchemaPtr xsd = nullptr;
    xmlRelaxNGPtr relax_ng = nullptr;
    xmlDtdPtr dtd = nullptr;

    CompiledSchema() = default;
    CompiledSchema(const CompiledSchema&) = delete;
    CompiledSchema& operator=(const CompiledSchema&) = delete;
    ~CompiledSchema() {
        if (xsd) xmlSchemaFree(xsd);
        if (relax_ng) xmlRelaxNGFree(relax_ng);
        if (dtd) xmlFreeDtd(dtd);
        if (doc) xmlFreeDoc(doc);
    }
};

std::unique_ptr<CompiledSchema> compile(XmlSchema schema) {
    std::optional<std::string_view> bytes = bundled_file(schema.file);
    if (!bytes) throw Error(Exit::config, "no bundled schema " + std::string(schema.file));
    Findings problems;
    LibxmlErrorSink sink{problems};
    ErrorRoute route(sink);
    auto compiled = std::make_unique<CompiledSchema>();
    if (schema.language == XmlSchemaLanguage::dtd) {
        xmlParserInputBufferPtr buffer =
            xmlParserInputBufferCreateMem(bytes->data(), static_cast<int>(bytes->size()), XML_CHAR_ENCODING_NONE);
        compiled->dtd = buffer ? xmlIOParseDTD(nullptr, buffer, XML_CHAR_ENCODING_NONE) : nullptr;
    } else {
        std::string url = bundled_schema_uri(schema.file);
        compiled->doc = xmlReadMemory(bytes->data(), static_cast<int>(bytes->size()), url.c_str(), nullptr, XML_PARSE_NONET);
        if (compiled->doc && schema.language == XmlSchemaLanguage::xsd) {
            xmlSchemaParserCtxtPtr parser = xmlSchemaNewDocParserCtxt(compiled->doc);
            xmlSchemaSetParserStructuredErrors(parser, LibxmlErrorSink::receive, &sink);
            compiled->xsd = xmlSchemaParse(parser);
            xmlSchemaFreeParserCtxt(parser);
        } else if (compiled->doc) {
            xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewDocParserCtxt(compiled->doc);
            xmlRelaxNGSetParserStructuredErrors(parser, LibxmlErrorSink::receive, &sink);
            compiled->relax_ng = xmlRelaxNGParse(parser);
            xmlRelaxNGFreeParserCtxt(parser);
        }
    }
    bool ok = compiled->xsd || compiled->relax_ng || compiled->dtd;
    if (!ok || problems.has_errors()) {
        std::string why = problems.all().empty() ? std::string("libxml2 gave no reason") : problems.all().front().message;
        throw Error(Exit::config, "the bundled schema " + std::string(schema.file) + " does not compile: " + why);
    }
    return compiled;
}

// Each schema is compiled once a run, whichever thread asks first.
const CompiledSchema& compiled(XmlSchema schema) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<CompiledSchema>, std::less<>> schemas;
    std::lock_guard lock(mutex);
    auto found = schemas.find(schema.file);
    if (found == schemas.end()) found = schemas.emplace(std::string(schema.file), compile(schema)).first;
    return *found->second;
}

void validate_document(xmlDocPtr doc, const CompiledSchema& schema, LibxmlErrorSink& sink) {
    if (schema.xsd) {
        xmlSchemaValidCtxtPtr validator = xmlSchemaNewValidCtxt(schema.xsd);
        xmlSchemaSetValidStructuredErrors(validator, LibxmlErrorSink::receive, &sink);
        xmlSchemaValidateDoc(validator, doc);
        xmlSchemaFreeValidCtxt(validator);
    } else if (schema.relax_ng) {
        xmlRelaxNGValidCtxtPtr validator = xmlRelaxNGNewValidCtxt(schema.relax_ng);
        xmlRelaxNGSetValidStructuredErrors(validator, LibxmlErrorSink::receive, &sink);
        xmlRelaxNGValidateDoc(validator, doc);
        xmlRelaxNGFreeValidCtxt(validator);
    } else {
        xmlValidCtxtPtr validator = xmlNewValidCtxt();  // reports through the structured handler
        xmlValidateDtd(validator, doc, schema.dtd);
        xmlFreeValidCtxt(validator);
    }
}

}  // namespace

void compile_xml_schema(XmlSchema schema) { compiled(schema); }

void validate_with_xml_schema(std::string_view bytes, XmlSchema schema, const ReadOptions& options, Findings& findings) {
    const CompiledSchema& compiled_schema = compiled(schema);
    LibxmlPlaces places(bytes);
    LibxmlErrorSink sink{findings, &places};
    ErrorRoute route(sink);
    // As xmllint --nonet: no DTD loaded, no entity substituted; BIG_LINES
    // keeps line numbers right past 65,535.
    xmlDocPtr doc = places.parse(XML_PARSE_NONET | XML_PARSE_BIG_LINES, options.charset.empty() ? nullptr : options.charset.c_str());
    if (!doc) {
        if (!findings.has_errors()) findings.error("libxml2 could not parse the input");
        return;
    }
    validate_document(doc, compiled_schema, sink);
    xmlFreeDoc(doc);
}

}  // namespace wirekit
