// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Assets.h"

#include <QString>

namespace sandbox::delivery {

/// {serviceUrl}/p/{pid}/sp/{pid}00: the prefix of every delivery URL the sandbox hands out.
inline QString partnerBase(const QString &serviceUrl, qint64 partnerId)
{
    return QStringLiteral("%1/p/%2/sp/%3").arg(serviceUrl).arg(partnerId).arg(partnerId * 100);
}

/// serveFlavor URL as flavorAsset.getUrl and playManifest give it (KALTURA-API.md §9.3); a
/// fileName replaces the default "name/a.{ext}" tail.
inline QString serveFlavorUrl(
    const QString &serviceUrl, const assets::Flavor &f, const QString &fileName = {})
{
    const QString tail = fileName.isEmpty() ? QStringLiteral("name/a.%1").arg(f.fileExt)
                                            : QStringLiteral("fileName/%1").arg(fileName);
    return QStringLiteral("%1/serveFlavor/entryId/%2/v/%3/flavorId/%4/%5")
        .arg(partnerBase(serviceUrl, f.partnerId), f.entryId)
        .arg(f.version)
        .arg(f.id, tail);
}

/// flavorAsset.getDownloadUrl (§8.1).
inline QString downloadUrl(const QString &serviceUrl, const assets::Flavor &f)
{
    return QStringLiteral("%1/download/entry_id/%2/flavor/%3")
        .arg(partnerBase(serviceUrl, f.partnerId), f.entryId, f.id);
}

/// thumbAsset.getUrl: the stored-asset form of §9.3.
inline QString thumbServeUrl(const QString &serviceUrl, const assets::Thumb &t)
{
    return QStringLiteral(
        "%1/api_v3/service/thumbAsset/action/serve/partnerId/%2/thumbAssetId/%3/version/%4")
        .arg(serviceUrl)
        .arg(t.partnerId)
        .arg(t.id)
        .arg(t.version);
}

} // namespace sandbox::delivery
