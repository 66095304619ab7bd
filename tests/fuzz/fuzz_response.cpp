// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: whatever bytes and status a server sends, parsing never crashes, never
// yields both a result and an error, and a failure always carries a category. The first two
// input bytes choose the HTTP status and how many multirequest items are expected; the rest is
// the body. Typed result readers (SessionInfo, JSON number readers) run on every result too.
#include "api/JsonRead.h"
#include "api/ResponseParser.h"
#include "api/services/SessionService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace minikmc::api;

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}

void exercise(const QJsonValue &v, int depth = 0)
{
    if (depth > 4)
        return;
    (void)json::toInt64(v);
    (void)json::toDouble(v);
    (void)json::toString(v);
    SessionInfo info;
    QString why;
    if (!SessionInfo::fromJson(v, &info, &why))
        check(!why.isEmpty());
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            exercise(it.value(), depth + 1);
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            exercise(item, depth + 1);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *statuses[] = {"200", "200", "200", "500", "502", "404", "204", "299"};
    if (size < 2)
        return 0;
    const int status = QByteArray(statuses[data[0] % 8]).toInt();
    const qsizetype expected = data[1] % 5;
    const QByteArray body(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    const CallOutcome out = ResponseParser::parse(status, body);
    if (out.error) {
        check(out.error.category() != Error::Category::None);
        check(out.error.rawSample().size() <= 512);
        (void)out.error.toString();
        return 0;
    }
    check(status >= 200 && status <= 299);
    exercise(out.result);
    Error error;
    const auto items = ResponseParser::splitMultiRequest(out.result, expected, &error);
    if (error.isOk()) {
        check(items.size() == expected);
        for (const CallOutcome &item : items)
            check(item.error.isOk() || item.result.isNull());
    }
    return 0;
}
