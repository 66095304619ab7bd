// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ServiceUrl.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace minikmc::api {

ServiceUrl ServiceUrl::fromUserInput(const QString &input, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return ServiceUrl();
    };
    QString text = input.trimmed();
    if (text.isEmpty())
        return fail(tr("Enter the address of your Kaltura server, e.g. https://www.kaltura.com."));
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("“%1” is not a valid address: %2").arg(input.trimmed(), url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return fail(tr("The address must start with https:// (found “%1://”).").arg(url.scheme()));
    if (url.host().isEmpty())
        return fail(tr("The address “%1” has no host name.").arg(input.trimmed()));
    if (url.hasQuery() || url.hasFragment())
        return fail(tr("The address must not contain “?” or “#” parts."));
    if (!url.userInfo().isEmpty())
        return fail(tr("The address must not contain a user name or password."));

    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/api_v3"_s, Qt::CaseInsensitive))
        path.chop(7);
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.contains(u"/api_v3/"_s, Qt::CaseInsensitive))
        return fail(tr("Give the server address only, not the address of a single API call."));

    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    url.setPath(path);
    ServiceUrl s;
    s.m_base = url.adjusted(QUrl::NormalizePathSegments);
    if (error)
        error->clear();
    return s;
}

QUrl ServiceUrl::actionUrl(const QString &service, const QString &action) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + u"/api_v3/service/"_s + service.toLower() + u"/action/"_s + action);
    return url;
}

QUrl ServiceUrl::multiRequestUrl() const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + u"/api_v3/service/multirequest"_s);
    return url;
}

bool ServiceUrl::isLoopback() const
{
    const QString host = m_base.host();
    if (host == u"localhost"_s)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

} // namespace minikmc::api
