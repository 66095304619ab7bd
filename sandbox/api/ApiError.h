// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

#include <exception>

namespace sandbox {

/// A KalturaAPIException: thrown by handlers, serialised as
/// {"code","message","objectType":"KalturaAPIException","args"} with HTTP 200.
class ApiError : public std::exception {
public:
    /// code must be one of the known codes (ApiError.cpp); values fill its arguments in order.
    ApiError(const QString &code, const QStringList &values = {});

    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QJsonObject toJson() const;
    const char *what() const noexcept override { return m_what.constData(); }

private:
    QString m_code;
    QString m_message;
    QList<QPair<QString, QString>> m_args;
    QByteArray m_what;
};

} // namespace sandbox
