// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixtureServer.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace minikmc::test {

FixtureServer::Answer FixtureServer::Answer::json(const QByteArray &body, int status)
{
    return raw("application/json", body, status);
}

FixtureServer::Answer FixtureServer::Answer::raw(
    const QByteArray &contentType, const QByteArray &body, int status)
{
    Answer a;
    a.status = status;
    a.contentType = contentType;
    a.body = body;
    return a;
}

FixtureServer::Answer FixtureServer::Answer::hang()
{
    Answer a;
    a.kind = Kind::Hang;
    return a;
}

FixtureServer::Answer FixtureServer::Answer::reset()
{
    Answer a;
    a.kind = Kind::Reset;
    return a;
}

FixtureServer::FixtureServer()
{
    m_port = listen(QHostAddress::LocalHost, 0);
}

FixtureServer::FixtureServer(const QSslCertificate &certificate, const QSslKey &key)
    : m_tls(true)
{
    sslSetup(certificate, key);
    m_port = listen(QHostAddress::LocalHost, 0);
}

QString FixtureServer::baseUrl() const
{
    return u"%1://127.0.0.1:%2"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(m_port);
}

void FixtureServer::expect(const QString &serviceAction, const Answer &answer, int times)
{
    m_expectations.append({serviceAction.toLower(), answer, times});
}

void FixtureServer::clear()
{
    m_expectations.clear();
}

int FixtureServer::unmetExpectations() const
{
    return int(std::count_if(m_expectations.cbegin(), m_expectations.cend(),
        [](const Expectation &e) { return e.times > 0; }));
}

QList<FixtureServer::FilePart> parseMultipart(
    const QByteArray &contentType, const QByteArray &body, QString *error)
{
    QList<FixtureServer::FilePart> parts;
    const QRegularExpression re(u"boundary=\"?([^\";]+)\"?"_s);
    const auto m = re.match(QString::fromLatin1(contentType));
    if (!m.hasMatch()) {
        *error = u"no multipart boundary"_s;
        return parts;
    }
    const QByteArray delimiter = "--" + m.captured(1).toLatin1();
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts; // closing delimiter
        if (body.mid(pos, 2) != "\r\n") {
            *error = u"delimiter not followed by CRLF"_s;
            return parts;
        }
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf("\r\n" + delimiter, headerEnd + 4);
        if (headerEnd < 0 || next < 0) {
            *error = u"unterminated part"_s;
            return parts;
        }
        FixtureServer::FilePart part;
        const QByteArray headers = body.mid(pos, headerEnd - pos);
        for (const QByteArray &line : headers.split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-disposition:")) {
                const QString text = QString::fromUtf8(l);
                const auto name = QRegularExpression(u"[; ]name=\"([^\"]*)\""_s).match(text);
                const auto file = QRegularExpression(u"filename=\"([^\"]*)\""_s).match(text);
                part.name = name.captured(1);
                part.fileName = file.captured(1);
            } else if (l.toLower().startsWith("content-type:")) {
                part.contentType = l.mid(13).trimmed();
            }
        }
        part.data = body.mid(headerEnd + 4, next - headerEnd - 4);
        parts.append(part);
        pos = next + 2;
    }
    *error = u"no closing delimiter"_s;
    return parts;
}

bool FixtureServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Received r;
    r.path = request.url().path().toUtf8();
    r.rawBody = request.body();
    r.contentType = request.value("Content-Type");
    static const QRegularExpression actionPath(u"^/api_v3/service/([^/]+)/action/([^/]+)$"_s);
    const auto m = actionPath.match(request.url().path());
    if (m.hasMatch()) {
        r.service = m.captured(1).toLower();
        r.action = m.captured(2);
    } else if (request.url().path() == u"/api_v3/service/multirequest"_s) {
        r.service = u"multirequest"_s;
    } else {
        m_problems.append(u"unexpected path %1"_s.arg(request.url().path()));
        answer(socket, Answer::raw("text/html", "<html>unexpected path</html>", 599));
        return true;
    }
    if (r.contentType.startsWith("multipart/form-data")) {
        QString error;
        const auto parts = parseMultipart(r.contentType, r.rawBody, &error);
        if (!error.isEmpty())
            m_problems.append(u"bad multipart body: %1"_s.arg(error));
        for (const auto &p : parts) {
            if (p.name == u"json"_s && p.fileName.isEmpty())
                r.params = QJsonDocument::fromJson(p.data).object();
            else
                r.files.append(p);
        }
    } else if (r.contentType == "application/json") {
        QJsonParseError pe;
        r.params = QJsonDocument::fromJson(r.rawBody, &pe).object();
        if (pe.error != QJsonParseError::NoError)
            m_problems.append(u"request body is not JSON: %1"_s.arg(pe.errorString()));
    } else {
        m_problems.append(u"unexpected Content-Type %1"_s.arg(QString::fromLatin1(r.contentType)));
    }
    m_received.append(r);

    const QString key = r.action.isEmpty() ? r.service : r.service + u'.' + r.action.toLower();
    for (Expectation &e : m_expectations) {
        if (e.times == 0 || e.serviceAction != key)
            continue;
        if (e.times > 0)
            --e.times;
        answer(socket, e.answer);
        return true;
    }
    m_problems.append(u"unexpected request %1"_s.arg(key));
    answer(socket, Answer::raw("text/html", "<html>unexpected request</html>", 599));
    return true;
}

void FixtureServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_problems.append(u"unhandled %1"_s.arg(request.url().toString()));
    answer(socket, Answer::raw("text/html", "<html>unhandled</html>", 599));
}

void FixtureServer::answer(QTcpSocket *socket, const Answer &a)
{
    QPointer<QTcpSocket> s(socket);
    auto act = [this, s, a] {
        if (!s)
            return;
        switch (a.kind) {
        case Answer::Kind::Hang:
            m_hanging.append(s);
            return;
        case Answer::Kind::Reset:
            s->abort();
            return;
        case Answer::Kind::Respond:
            break;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(a.status) + " Fixture\r\n";
        head += "Content-Type: " + a.contentType + "\r\n";
        const qint64 length = a.declaredLength >= 0 ? a.declaredLength : a.body.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
        for (const auto &[name, value] : a.headers)
            head += name + ": " + value + "\r\n";
        head += "Connection: close\r\n\r\n";
        s->write(head + a.body);
        s->disconnectFromHost(); // flushes first
    };
    // Always later, never inside the request's own call stack.
    QTimer::singleShot(a.delayMs, this, act);
}

} // namespace minikmc::test
