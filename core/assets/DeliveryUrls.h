// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

class QNetworkReply;

namespace minikmc::assets {

/// How the thumbnail API fits a picture into the requested box (`type`, KALTURA-API.md §9.2).
enum class ThumbnailFit {
    Resize = 1, ///< scaled to fit, aspect kept
    Pad = 2, ///< scaled to fit, the rest filled with the background colour
    Crop = 3, ///< scaled to fill, the overflow cut off (centre)
};

/// The thumbnail API URL of an entry's default thumbnail at width × height pixels (§9.2). It is
/// built on the entry's `thumbnailUrl`, which carries the thumbnail version, so a new default
/// thumbnail is a new URL. With a KS (accounts whose access control requires one) the KS is the
/// last path parameter; such a URL is a secret and must not be stored or logged.
QUrl entryThumbnailUrl(const QString &thumbnailUrl, int width, int height,
    ThumbnailFit fit = ThumbnailFit::Crop, const QString &ks = {});

/// The progressive playManifest URL of one flavor of an entry (§9.1: format url, which
/// redirects to the file): `{base}/p/{pid}/sp/{pid}00/playManifest/entryId/{id}/format/url/
/// protocol/{http|https}/flavorIds/{flavorId}[/ks/{ks}]/a.{ext}`. With a KS the URL is a secret.
QUrl playManifestUrl(const QString &serviceBase, qint64 partnerId, const QString &entryId,
    const QString &flavorId, const QString &fileExt = QStringLiteral("mp4"),
    const QString &ks = {});

/// The error a delivery endpoint (thumbnail, playManifest, serveFlavor …) reported, from its
/// `X-Kaltura: error-N` header or an HTTP error status (§9.1); 0 when the reply is a success.
/// KExternalErrors numbers: 3 ACCESS_CONTROL_RESTRICTED, 7 INVALID_KS, 31 KS_EXPIRED …
int deliveryError(const QNetworkReply *reply);
/// Whether a delivery error may go away when the URL carries a KS.
bool deliveryErrorNeedsKs(int error);

} // namespace minikmc::assets
