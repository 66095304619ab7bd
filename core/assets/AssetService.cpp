// SPDX-License-Identifier: GPL-3.0-or-later
#include "assets/AssetService.h"

#include "api/Client.h"
#include "api/Reply.h"
#include "assets/AssetCalls.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace minikmc::assets {

AssetService::AssetService(api::Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

AssetService::~AssetService() = default;

void AssetService::listFlavors(const QString &entryId)
{
    auto *reply = m_client->send(calls::flavorList(entryId));
    connect(reply, &api::Reply::succeeded, this, [this, entryId, reply] {
        Q_EMIT flavorsListed(entryId, assetsOf<Flavor>(reply->result()));
    });
    connect(reply, &api::Reply::failed, this,
        [this, entryId](const api::Error &e) { Q_EMIT listFailed(entryId, e); });
}

void AssetService::listThumbs(const QString &entryId)
{
    auto *reply = m_client->send(calls::thumbList(entryId));
    connect(reply, &api::Reply::succeeded, this,
        [this, entryId, reply] { Q_EMIT thumbsListed(entryId, assetsOf<Thumb>(reply->result())); });
    connect(reply, &api::Reply::failed, this,
        [this, entryId](const api::Error &e) { Q_EMIT listFailed(entryId, e); });
}

void AssetService::run(const QString &entryId, Action action, const api::Call &call)
{
    auto *reply = m_client->send(call);
    connect(reply, &api::Reply::succeeded, this,
        [this, entryId, action] { Q_EMIT actionFinished(entryId, action, {}); });
    connect(reply, &api::Reply::failed, this, [this, entryId, action](const api::Error &e) {
        Q_EMIT actionFinished(entryId, action, e);
    });
}

void AssetService::deleteFlavor(const QString &entryId, const QString &flavorId)
{
    run(entryId, Action::DeleteFlavor, calls::flavorDelete(flavorId));
}

void AssetService::reconvertFlavor(const QString &entryId, const QString &flavorId)
{
    run(entryId, Action::ReconvertFlavor, calls::flavorReconvert(flavorId));
}

void AssetService::setDefaultThumb(const QString &entryId, const QString &thumbId)
{
    run(entryId, Action::SetDefaultThumb, calls::thumbSetDefault(thumbId));
}

void AssetService::deleteThumb(const QString &entryId, const QString &thumbId)
{
    run(entryId, Action::DeleteThumb, calls::thumbDelete(thumbId));
}

void AssetService::addThumbFromImage(const QString &entryId, const QString &imagePath)
{
    run(entryId, Action::AddThumb, calls::thumbAddFromImage(entryId, imagePath));
}

void AssetService::captureThumb(const QString &entryId, double seconds)
{
    run(entryId, Action::CaptureThumb, calls::thumbGenerate(entryId, seconds));
}

void AssetService::thumbUrl(const QString &thumbId)
{
    auto *reply = m_client->send(calls::thumbGetUrl(thumbId));
    connect(reply, &api::Reply::succeeded, this, [this, thumbId, reply] {
        Q_EMIT thumbUrlReady(thumbId, QUrl(reply->result().toString()));
    });
}

} // namespace minikmc::assets
