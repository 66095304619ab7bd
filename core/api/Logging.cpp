// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Logging.h"

#include <QJsonArray>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "minikmc.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiWire, "minikmc.api.wire", QtWarningMsg)

namespace minikmc::log {
namespace {

const QString kMarker = u"‹redacted›"_s;

struct SecretRegistry {
    QMutex mutex;
    QSet<QString> values;
};

SecretRegistry &registry()
{
    static SecretRegistry r;
    return r;
}

QJsonValue redactValue(const QString &key, const QJsonValue &value);

QJsonArray redactArray(const QJsonArray &array)
{
    QJsonArray out;
    for (const QJsonValue &v : array) {
        if (v.isObject())
            out.append(redactedParams(v.toObject()));
        else if (v.isArray())
            out.append(redactArray(v.toArray()));
        else
            out.append(v.isString() ? QJsonValue(redactText(v.toString())) : v);
    }
    return out;
}

QJsonValue redactValue(const QString &key, const QJsonValue &value)
{
    if (isSecretKey(key) && !value.isNull() && !value.isUndefined())
        return kMarker;
    if (value.isObject())
        return redactedParams(value.toObject());
    if (value.isArray())
        return redactArray(value.toArray());
    if (value.isString())
        return redactText(value.toString());
    return value;
}

QtMessageHandler g_previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString safe = redactText(message);
    if (g_previousHandler)
        g_previousHandler(type, context, safe);
}

} // namespace

bool isSecretKey(QStringView key)
{
    // Parameter names that carry credentials in api_v3 (KALTURA-API.md §1.6, §4, §5) and in our
    // own structures. `token` covers appToken.token and KalturaUploadedFileTokenResource.token is
    // not a secret but is harmless to hide. `privileges` can embed session keys.
    static const QStringList keys = {
        u"ks"_s,
        u"secret"_s,
        u"adminSecret"_s,
        u"userSecret"_s,
        u"password"_s,
        u"newPassword"_s,
        u"oldPassword"_s,
        u"token"_s,
        u"tokenHash"_s,
        u"appToken"_s,
        u"privileges"_s,
        u"sessionKey"_s,
        u"kalsig"_s,
        u"session"_s, // session.get(session): another KS
        u"sessionPrivileges"_s,
        u"otp"_s,
    };
    // Multirequest keys look like "2:ks"; take the last segment.
    const qsizetype colon = key.lastIndexOf(u':');
    const QStringView name = colon >= 0 ? key.mid(colon + 1) : key;
    for (const QString &k : keys) {
        if (name.compare(k, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonObject redactedParams(const QJsonObject &params)
{
    QJsonObject out;
    for (auto it = params.begin(); it != params.end(); ++it)
        out.insert(it.key(), redactValue(it.key(), it.value()));
    return out;
}

QString redactedUrl(const QUrl &url)
{
    QUrl copy = url;
    // Path pairs: any parameter may be given as /key/value (KALTURA-API.md §1.1, §9).
    QStringList segments = copy.path().split(u'/');
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (isSecretKey(segments.at(i)))
            segments[i + 1] = kMarker;
    }
    copy.setPath(segments.join(u'/'));
    QUrlQuery query(copy);
    const auto items = query.queryItems();
    for (const auto &item : items) {
        if (isSecretKey(item.first)) {
            query.removeAllQueryItems(item.first);
            query.addQueryItem(item.first, kMarker);
        }
    }
    copy.setQuery(query);
    return redactText(copy.toDisplayString());
}

QString redactText(QString text)
{
    auto &r = registry();
    QMutexLocker lock(&r.mutex);
    for (const QString &secret : std::as_const(r.values)) {
        text.replace(secret, kMarker);
        // A KS v1 is standard base64 and may contain '/', which PHP's json_encode writes as "\/".
        if (secret.contains(u'/'))
            text.replace(QString(secret).replace(u"/"_s, u"\\/"_s), kMarker);
    }
    return text;
}

void registerSecret(const QString &value)
{
    if (value.size() < 6)
        return;
    auto &r = registry();
    QMutexLocker lock(&r.mutex);
    r.values.insert(value);
}

void unregisterSecret(const QString &value)
{
    auto &r = registry();
    QMutexLocker lock(&r.mutex);
    r.values.remove(value);
}

void installMessageHandler()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    g_previousHandler = qInstallMessageHandler(redactingHandler);
}

} // namespace minikmc::log
