// SPDX-License-Identifier: GPL-3.0-or-later
#include "assets/FlavorDownload.h"

#include "api/Client.h"
#include "api/Reply.h"
#include "assets/DeliveryUrls.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace minikmc::assets {

namespace {

constexpr int kTransferTimeoutMs = 30000;

/// The complete size from `Content-Range: bytes a-b/TOTAL`, or -1.
qint64 totalFromContentRange(const QByteArray &header)
{
    static const QRegularExpression pattern(u"/(\\d+)\\s*$"_s);
    const auto match = pattern.match(QString::fromLatin1(header));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

FlavorDownload::FlavorDownload(
    api::Client *client, const QString &flavorId, const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_flavorId(flavorId)
    , m_filePath(filePath)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &FlavorDownload::fetch);
}

FlavorDownload::~FlavorDownload()
{
    cancel();
}

void FlavorDownload::start()
{
    m_done = false;
    m_attempt = 0;
    m_part.setFileName(partPath());
    // A .part left by an earlier run is continued, not started over.
    if (!m_part.open(QIODevice::ReadWrite)) {
        fail(
            api::Error::localFile(tr("Cannot write %1: %2").arg(partPath(), m_part.errorString())));
        return;
    }
    m_received = m_part.size();
    m_part.seek(m_received);
    // The address comes from the server (it may be tokenized, §9.3), not built here.
    m_urlReply = m_client->send(
        api::Call(u"flavorAsset"_s, u"getUrl"_s).set(u"id"_s, m_flavorId).setIdempotent(true));
    connect(m_urlReply, &api::Reply::succeeded, this, [this, reply = m_urlReply] {
        m_url = QUrl(reply->result().toString());
        if (!m_url.isValid() || m_url.scheme().isEmpty()) {
            fail(api::Error::parse(tr("flavorAsset.getUrl gave no address"), {}));
            return;
        }
        fetch();
    });
    connect(m_urlReply, &api::Reply::failed, this, &FlavorDownload::fail);
}

void FlavorDownload::cancel()
{
    m_retryTimer->stop();
    if (m_urlReply)
        m_urlReply->abort();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_part.isOpen())
        m_part.close();
}

void FlavorDownload::fetch()
{
    ++m_attempt;
    QNetworkRequest request(m_url);
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (m_received > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_received) + '-');
    m_speedClock.start();
    m_speedBase = m_received;
    m_reply = m_client->networkAccessManager()->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 206) {
            m_total = totalFromContentRange(m_reply->rawHeader("Content-Range"));
        } else if (status == 200) {
            // The server sends the whole file: whatever was kept is written over.
            m_received = 0;
            m_part.resize(0);
            m_part.seek(0);
            const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
            m_total = length.isValid() ? length.toLongLong() : -1;
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        if (m_reply)
            drain(m_reply);
    });
    connect(m_reply, &QNetworkReply::finished, this, &FlavorDownload::onFinished);
}

bool FlavorDownload::drain(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return true; // an error page: judged when the reply ends
    const QByteArray bytes = reply->readAll();
    if (m_part.write(bytes) != bytes.size()) {
        fail(
            api::Error::localFile(tr("Cannot write %1: %2").arg(partPath(), m_part.errorString())));
        return false;
    }
    m_received += bytes.size();
    const qint64 elapsed = m_speedClock.elapsed();
    if (elapsed > 250)
        m_bytesPerSecond = double(m_received - m_speedBase) * 1000.0 / double(elapsed);
    Q_EMIT progress(m_received, m_total, m_bytesPerSecond);
    return true;
}

void FlavorDownload::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && (status == 200 || status == 206)) {
        if (!drain(reply)) // the last bytes
            return;
        if (m_total >= 0 && m_received < m_total) {
            retryLater(api::Error::network(QNetworkReply::RemoteHostClosedError,
                tr("the transfer ended after %1 of %2 bytes").arg(m_received).arg(m_total)));
            return;
        }
        complete();
        return;
    }
    if (status == 416 && m_received > 0) {
        // The range starts at or past the end: the .part from an earlier run is complete, or
        // longer than the file now is (then it is started over).
        m_total = totalFromContentRange(reply->rawHeader("Content-Range"));
        if (m_total == m_received) {
            complete();
            return;
        }
        m_received = 0;
        m_part.resize(0);
        m_part.seek(0);
        retryLater(api::Error::http(status, {}, {}));
        return;
    }
    const int kalturaError = deliveryError(reply);
    if (status >= 400 && status < 500 && status != 408) {
        fail(api::Error::http(status,
            kalturaError ? tr("delivery error %1").arg(kalturaError)
                         : reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
            {}));
        return;
    }
    retryLater(status >= 500 ? api::Error::http(status, {}, {})
                             : api::Error::network(reply->error(), reply->errorString()));
}

void FlavorDownload::complete()
{
    m_part.flush();
    m_part.close();
    QFile::remove(m_filePath);
    if (!QFile::rename(partPath(), m_filePath)) {
        fail(api::Error::localFile(tr("Cannot rename %1 to %2").arg(partPath(), m_filePath)));
        return;
    }
    m_done = true;
    Q_EMIT finished();
}

void FlavorDownload::retryLater(const api::Error &error)
{
    if (m_attempt >= kMaxAttempts) {
        fail(error);
        return;
    }
    ++m_resumes;
    // 0.5 s, 1 s, 2 s … up to 8 s: a short network hiccup costs little, a long one no storm.
    m_retryTimer->start(std::min(8000, 500 << std::min(m_attempt - 1, 4)));
}

void FlavorDownload::fail(const api::Error &error)
{
    if (m_done)
        return;
    m_done = true;
    cancel();
    Q_EMIT failed(error);
}

} // namespace minikmc::assets
