// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace minikmc::test {

/// Runs build/sandbox/kaltura-sandbox on 127.0.0.1 with a data directory and reads its ready
/// line. Stops it with SIGTERM in stop() or the destructor.
class SandboxProcess {
public:
    SandboxProcess() = default;
    ~SandboxProcess();

    /// Starts the sandbox; false (and the reason in error()) when it does not become ready.
    /// port 0 picks a free one; a restart passes port() to come back at the same address.
    bool start(const QString &dataDir, const QStringList &extraArgs = {}, quint16 port = 0);
    void stop();
    /// SIGKILL: no clean shutdown, as in a crash or a power cut.
    void kill();
    quint16 port() const { return quint16(QUrl(serviceUrl()).port()); }

    QJsonObject ready() const { return m_ready; }
    QString serviceUrl() const { return m_ready.value(QStringLiteral("serviceUrl")).toString(); }
    qint64 partnerId() const
    {
        return qint64(m_ready.value(QStringLiteral("partnerId")).toDouble());
    }
    QString adminSecret() const { return m_ready.value(QStringLiteral("adminSecret")).toString(); }
    QString error() const { return m_error; }
    /// This process's environment plus the KALTURA_* variables that sign the CLI (or the GUI) in
    /// with the sandbox's demo AppToken.
    QProcessEnvironment appTokenEnvironment() const;
    /// Runs a command-line tool (minikmc-cli) signed in to this sandbox through the KALTURA_*
    /// environment: its exit code (-1 when it did not finish in a minute) and standard output.
    QPair<int, QByteArray> runSignedIn(const QString &program, const QStringList &args) const;
    QByteArray standardError();

    static QString binary();

private:
    QProcess m_process;
    QJsonObject m_ready;
    QString m_error;
};

} // namespace minikmc::test
