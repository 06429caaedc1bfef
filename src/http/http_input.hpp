#pragma once
// Inputs named by an http:// or https:// URL: fetched, with what the response
// says about the bytes (charset, base URL, modification time) kept for the readers.
#include "http/http_client.hpp"
#include "io/input.hpp"

namespace wirekit {

// The input NAME made of RESPONSE: its body, the charset of its Content-Type,
// its final URL as the base for relative links, its Last-Modified.
Input input_from_response(const std::string& name, HttpResponse response);

// GETs URL with SETTINGS (errors as http_send throws them).
Input fetch_input(const std::string& url, const HttpSettings& settings, Diagnostics& diag);

// Reads NAME as read_input does, except that an http:// or https:// URL is
// fetched with the default HTTP settings (errors as http_send throws them).
Input read_input_or_url(const std::string& name, std::size_t max_size = default_max_input_size);

}  // namespace wirekit
