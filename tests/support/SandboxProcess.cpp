// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace minikmc::test {

QString SandboxProcess::binary()
{
    return QStringLiteral(MINIKMC_SANDBOX_BINARY);
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QString &dataDir, const QStringList &extraArgs, quint16 port)
{
    m_process.setProgram(binary());
    m_process.setArguments(
        QStringList {u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--data"_s, dataDir} + extraArgs);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(60000);
    while (!m_process.canReadLine()) {
        if (m_process.state() != QProcess::Running || deadline.hasExpired()) {
            m_error = u"no ready line; stderr: "_s
                + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        m_process.waitForReadyRead(200);
    }
    QJsonParseError pe;
    m_ready = QJsonDocument::fromJson(m_process.readLine(), &pe).object();
    if (pe.error != QJsonParseError::NoError) {
        m_error = u"ready line is not JSON: "_s + pe.errorString();
        return false;
    }
    return true;
}

void SandboxProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QProcessEnvironment SandboxProcess::appTokenEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KALTURA_SERVICE_URL"_s, serviceUrl());
    env.insert(u"KALTURA_PARTNER_ID"_s, QString::number(partnerId()));
    env.insert(u"KALTURA_APP_TOKEN_ID"_s, m_ready.value(u"appTokenId"_s).toString());
    env.insert(u"KALTURA_APP_TOKEN"_s, m_ready.value(u"appToken"_s).toString());
    env.insert(u"KALTURA_APP_TOKEN_HASH_TYPE"_s, m_ready.value(u"appTokenHashType"_s).toString());
    return env;
}

QByteArray SandboxProcess::standardError()
{
    return m_process.readAllStandardError();
}

QPair<int, QByteArray> SandboxProcess::runSignedIn(
    const QString &program, const QStringList &args) const
{
    QProcess process;
    process.setProcessEnvironment(appTokenEnvironment());
    process.start(program, args);
    if (!process.waitForFinished(60000))
        return {-1, {}};
    return {process.exitCode(), process.readAllStandardOutput()};
}

} // namespace minikmc::test
