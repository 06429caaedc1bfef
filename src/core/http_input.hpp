#pragma once
// Inputs named by an http:// or https:// URL: fetched, with what the response
// says about the bytes (charset, base URL, modification time) kept for the readers.
#include "core/http_client.hpp"
#include "core/input.hpp"

namespace wirekit {

// The input NAME made of RESPONSE: its body, the charset of its Content-Type,
// its final URL as the base for relative links, its Last-Modified.
Input input_from_response(const std::string& name, HttpResponse response);

// GETs URL with SETTINGS (errors as http_send throws them).
Input fetch_input(const std::string& url, const HttpSettings& settings, Diagnostics& diag);

}  // namespace wirekit
