// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Error.h"
#include "assets/Assets.h"

#include <QObject>

namespace minikmc::api {
class Call;
class Client;
} // namespace minikmc::api

namespace minikmc::assets {

/// An entry's flavors and thumbnails for the details tabs: listing and the actions on them
/// (KALTURA-API.md §8), each answered by a signal with the entry or asset it was about, so that
/// a tab can ignore answers for an entry it no longer shows.
class AssetService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetService)

public:
    enum class Action {
        DeleteFlavor,
        ReconvertFlavor,
        SetDefaultThumb,
        DeleteThumb,
        AddThumb,
        CaptureThumb
    };
    Q_ENUM(Action)

    explicit AssetService(api::Client *client, QObject *parent = nullptr);
    ~AssetService() override;

    void listFlavors(const QString &entryId);
    void listThumbs(const QString &entryId);
    void deleteFlavor(const QString &entryId, const QString &flavorId);
    void reconvertFlavor(const QString &entryId, const QString &flavorId);
    void setDefaultThumb(const QString &entryId, const QString &thumbId);
    void deleteThumb(const QString &entryId, const QString &thumbId);
    void addThumbFromImage(const QString &entryId, const QString &imagePath);
    void captureThumb(const QString &entryId, double seconds);
    /// The address of a ready thumbnail's image (thumbAsset.getUrl).
    void thumbUrl(const QString &thumbId);

    api::Client *client() const { return m_client; }

Q_SIGNALS:
    void flavorsListed(const QString &entryId, const QList<minikmc::assets::Flavor> &flavors);
    void thumbsListed(const QString &entryId, const QList<minikmc::assets::Thumb> &thumbs);
    void listFailed(const QString &entryId, const minikmc::api::Error &error);
    /// An action ended; error is None when it worked.
    void actionFinished(const QString &entryId, minikmc::assets::AssetService::Action action,
        const minikmc::api::Error &error);
    void thumbUrlReady(const QString &thumbId, const QUrl &url);

private:
    void run(const QString &entryId, Action action, const api::Call &call);

    api::Client *m_client;
};

} // namespace minikmc::assets
