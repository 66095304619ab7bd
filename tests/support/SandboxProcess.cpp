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

bool SandboxProcess::start(const QString &dataDir, const QStringList &extraArgs)
{
    m_process.setProgram(binary());
    m_process.setArguments(
        QStringList {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, dataDir} + extraArgs);
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

QByteArray SandboxProcess::standardError()
{
    return m_process.readAllStandardError();
}

} // namespace minikmc::test
