// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>

namespace minikmc::test {

/// A tiny scripted api_v3 server on 127.0.0.1 for the low-level error paths the real sandbox
/// cannot produce on demand (STYLE.md §12). Tests queue expectations ("the next media.get is
/// answered with …"); a request that matches no expectation is recorded as a problem and
/// answered with HTTP 599, so a test that sends something unexpected fails loudly in cleanup().
/// Answers are written asynchronously on the socket (never re-entrantly), each on a connection
/// that is closed afterwards so that every request is independent.
class FixtureServer final : public QAbstractHttpServer {
    Q_OBJECT

public:
    struct Answer {
        enum class Kind { Respond, Hang, Reset };
        Kind kind = Kind::Respond;
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
        qint64 declaredLength = -1; ///< Content-Length to announce; more than sent = cut short

        static Answer json(const QByteArray &body, int status = 200);
        static Answer raw(const QByteArray &contentType, const QByteArray &body, int status = 200);
        static Answer hang();
        static Answer reset();
    };

    struct FilePart {
        QString name;
        QString fileName;
        QByteArray contentType;
        QByteArray data;
    };

    struct Received {
        QString service; ///< lower-cased; "multirequest" for multirequests
        QString action;
        QByteArray path;
        QByteArray contentType;
        QJsonObject params; ///< the JSON body, or the `json` part of a multipart body
        QList<FilePart> files;
        QByteArray rawBody;
    };

    FixtureServer();
    /// An HTTPS server with this certificate and key (for the TLS error paths).
    FixtureServer(const QSslCertificate &certificate, const QSslKey &key);

    /// http://127.0.0.1:PORT, or https:// for a TLS server
    QString baseUrl() const;

    /// The next `times` requests for `serviceAction` ("media.get", "multirequest") are answered
    /// with `answer`; times = -1 answers every such request until clear().
    void expect(const QString &serviceAction, const Answer &answer, int times = 1);
    void clear();

    QList<Received> received() const { return m_received; }
    /// Unexpected requests and malformed bodies seen so far.
    QStringList problems() const { return m_problems; }
    /// Expectations with answers still owed (times > 0).
    int unmetExpectations() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Expectation {
        QString serviceAction;
        Answer answer;
        int times;
    };
    void answer(QTcpSocket *socket, const Answer &answer);

    quint16 m_port = 0;
    bool m_tls = false;
    QList<Expectation> m_expectations;
    QList<Received> m_received;
    QStringList m_problems;
    QList<QPointer<QTcpSocket>> m_hanging;
};

/// Splits a multipart/form-data body (for checking what the client sent).
QList<FixtureServer::FilePart> parseMultipart(
    const QByteArray &contentType, const QByteArray &body, QString *error);

} // namespace minikmc::test
