// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/Multipart.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace sandbox::http {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

/// The next `;`-separated parameter of a header from `at` on (a `;` inside quotes belongs to the
/// value), as its lower-cased name and its value with the quotes and `\` escapes removed; `at`
/// moves past it.
std::pair<std::string, std::string> nextParameter(const std::string &header, size_t &at)
{
    std::string name;
    std::string value;
    size_t valueEnd = 0; // up to the last quoted or non-blank character (blanks around are cut)
    bool inValue = false;
    bool quoted = false;
    for (; at < header.size(); ++at) {
        const char c = header[at];
        const bool blank = c == ' ' || c == '\t';
        if (quoted) {
            if (c == '\\' && at + 1 < header.size())
                value += header[++at];
            else if (c == '"')
                quoted = false;
            else
                value += c;
            valueEnd = value.size();
        } else if (c == ';') {
            ++at;
            break;
        } else if (!inValue) {
            if (c == '=')
                inValue = true;
            else if (!blank)
                name += c;
        } else if (c == '"') {
            quoted = true;
        } else if (!blank || !value.empty()) {
            value += c;
            valueEnd = blank ? valueEnd : value.size();
        }
    }
    value.resize(valueEnd);
    return {lower(name), value};
}

/// The value of `key=` in a header like `form-data; name="x"; filename="y"`.
std::string headerParameter(const std::string &header, const std::string &key)
{
    size_t at = 0;
    while (at < header.size()) {
        auto [name, value] = nextParameter(header, at);
        if (name == key)
            return value;
    }
    return {};
}

} // namespace

MultipartParser::MultipartParser(std::string boundary,
    std::function<bool(const PartHeader &)> onPart,
    std::function<bool(const char *, size_t)> onData)
    : m_dashBoundary("--" + boundary)
    , m_delimiter("\r\n--" + boundary)
    , m_onPart(std::move(onPart))
    , m_onData(std::move(onData))
{
}

std::string MultipartParser::boundaryOf(const std::string &contentType)
{
    if (lower(contentType).rfind("multipart/form-data", 0) != 0)
        return {};
    return headerParameter(contentType, "boundary");
}

bool MultipartParser::feed(const char *data, size_t size)
{
    if (m_state == State::Failed)
        return false;
    if (m_state == State::Done)
        return true; // an epilogue is ignored
    m_buffer.append(data, size);
    while (step()) { }
    return m_state != State::Failed;
}

bool MultipartParser::finish()
{
    // "--boundary--" at the very end, without the CRLF that should follow it.
    if (m_state == State::AfterBoundary && m_buffer == "--")
        m_state = State::Done;
    return m_state == State::Done;
}

bool MultipartParser::step()
{
    switch (m_state) {
    case State::Preamble: {
        const size_t at = m_buffer.find(m_dashBoundary);
        if (at == std::string::npos) {
            // Keep what could be the start of a boundary split across two pieces.
            if (m_buffer.size() > m_dashBoundary.size())
                m_buffer.erase(0, m_buffer.size() - m_dashBoundary.size());
            return false;
        }
        m_buffer.erase(0, at + m_dashBoundary.size());
        m_state = State::AfterBoundary;
        return true;
    }
    case State::AfterBoundary:
        if (m_buffer.size() < 2)
            return false;
        if (m_buffer.compare(0, 2, "--") == 0) {
            m_state = State::Done;
            m_buffer.clear();
            return false;
        }
        if (m_buffer.compare(0, 2, "\r\n") != 0) {
            m_state = State::Failed;
            return false;
        }
        m_buffer.erase(0, 2);
        m_state = State::Headers;
        return true;
    case State::Headers: {
        const size_t end = m_buffer.find("\r\n\r\n");
        if (end == std::string::npos) {
            if (m_buffer.size() > 64 * 1024) // headers of a part are small
                m_state = State::Failed;
            return false;
        }
        const std::string block = m_buffer.substr(0, end);
        m_buffer.erase(0, end + 4);
        m_state = parseHeaders(block) ? State::Body : State::Failed;
        return m_state == State::Body;
    }
    case State::Body: {
        const size_t at = m_buffer.find(m_delimiter);
        if (at == std::string::npos) {
            // All but a possible partial delimiter at the end is part data.
            const size_t keep = std::min(m_buffer.size(), m_delimiter.size() - 1);
            const size_t ready = m_buffer.size() - keep;
            if (ready > 0) {
                if (!m_onData(m_buffer.data(), ready)) {
                    m_state = State::Failed;
                    return false;
                }
                m_buffer.erase(0, ready);
            }
            return false;
        }
        if (at > 0 && !m_onData(m_buffer.data(), at)) {
            m_state = State::Failed;
            return false;
        }
        m_buffer.erase(0, at + m_delimiter.size());
        m_state = State::AfterBoundary;
        return true;
    }
    case State::Done:
    case State::Failed:
        break;
    }
    return false;
}

bool MultipartParser::parseHeaders(const std::string &block)
{
    PartHeader header;
    size_t start = 0;
    bool disposition = false;
    while (start <= block.size()) {
        size_t end = block.find("\r\n", start);
        if (end == std::string::npos)
            end = block.size();
        const std::string line = block.substr(start, end - start);
        const size_t colon = line.find(':');
        if (colon != std::string::npos) {
            const std::string key = lower(line.substr(0, colon));
            std::string value = line.substr(colon + 1);
            value.erase(0, value.find_first_not_of(' '));
            if (key == "content-disposition") {
                disposition = true;
                header.name = headerParameter(value, "name");
                header.fileName = headerParameter(value, "filename");
            } else if (key == "content-type") {
                header.contentType = value;
            }
        }
        start = end + 2;
    }
    return disposition && m_onPart(header);
}

} // namespace sandbox::http
