// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>

namespace sandbox::http {

/// The headers of one multipart/form-data part.
struct PartHeader {
    std::string name;
    std::string fileName; ///< empty for a plain form field
    std::string contentType;
};

/// A streaming multipart/form-data parser (RFC 7578), fed the raw request body in pieces of any
/// size: part data is handed on as it arrives, so a file part goes to disk with flat memory.
/// Lenient where PHP is (KALTURA-API.md Appendix B; the official Node client relies on it): a
/// preamble (e.g. a leading CRLF) before the first boundary, and a closing boundary without
/// the final CRLF.
class MultipartParser {
public:
    /// onPart: a part begins (return false to stop); onData: bytes of the current part.
    MultipartParser(std::string boundary, std::function<bool(const PartHeader &)> onPart,
        std::function<bool(const char *, size_t)> onData);

    /// False when the body is malformed or a callback refused.
    bool feed(const char *data, size_t size);
    /// After the last byte: true when the closing boundary was seen.
    bool finish();

    /// The boundary parameter of a multipart/form-data Content-Type, or "".
    static std::string boundaryOf(const std::string &contentType);

private:
    enum class State { Preamble, AfterBoundary, Headers, Body, Done, Failed };
    bool step();
    bool parseHeaders(const std::string &block);

    std::string m_dashBoundary; ///< "--" + boundary
    std::string m_delimiter; ///< "\r\n--" + boundary
    std::function<bool(const PartHeader &)> m_onPart;
    std::function<bool(const char *, size_t)> m_onData;
    std::string m_buffer;
    State m_state = State::Preamble;
};

} // namespace sandbox::http
