// SPDX-License-Identifier: GPL-3.0-or-later
#include "assets/DeliveryUrls.h"

#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace minikmc::assets {

namespace {

// KExternalErrors (KALTURA-API.md §9.1).
constexpr int AccessControlRestricted = 3;
constexpr int InvalidKs = 7;
constexpr int KsExpired = 31;
// Not a Kaltura number: a delivery answer that is an HTTP error without an X-Kaltura header.
constexpr int HttpErrorBase = 100000;

} // namespace

QUrl entryThumbnailUrl(
    const QString &thumbnailUrl, int width, int height, ThumbnailFit fit, const QString &ks)
{
    QString path = thumbnailUrl;
    while (path.endsWith(u'/'))
        path.chop(1);
    path += u"/width/%1/height/%2/type/%3"_s.arg(width).arg(height).arg(int(fit));
    if (!ks.isEmpty())
        path += u"/ks/"_s + QString::fromLatin1(QUrl::toPercentEncoding(ks));
    return QUrl(path, QUrl::StrictMode);
}

QUrl playManifestUrl(const QString &serviceBase, qint64 partnerId, const QString &entryId,
    const QString &flavorId, const QString &fileExt, const QString &ks)
{
    QString base = serviceBase;
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString protocol = base.startsWith(u"https:"_s) ? u"https"_s : u"http"_s;
    // (No "%200" in a QString::arg pattern: it would read as placeholder 20.)
    const QString pid = QString::number(partnerId);
    QString path = base + u"/p/"_s + pid + u"/sp/"_s + pid + u"00/playManifest/entryId/"_s
        + QString::fromLatin1(QUrl::toPercentEncoding(entryId)) + u"/format/url/protocol/"_s
        + protocol + u"/flavorIds/"_s + QString::fromLatin1(QUrl::toPercentEncoding(flavorId));
    if (!ks.isEmpty())
        path += u"/ks/"_s + QString::fromLatin1(QUrl::toPercentEncoding(ks));
    // The players' usual file-name tail: it tells the media stack the container.
    path += u"/a."_s + (fileExt.isEmpty() ? u"mp4"_s : fileExt);
    return QUrl(path, QUrl::StrictMode);
}

int deliveryError(const QNetworkReply *reply)
{
    const QByteArray header = reply->rawHeader("X-Kaltura");
    if (header.startsWith("error-")) {
        bool ok = false;
        const int code = header.mid(6).toInt(&ok);
        if (ok && code > 0)
            return code;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return HttpErrorBase + status;
    return 0;
}

bool deliveryErrorNeedsKs(int error)
{
    return error == AccessControlRestricted || error == InvalidKs || error == KsExpired
        || error == HttpErrorBase + 401 || error == HttpErrorBase + 403;
}

} // namespace minikmc::assets
