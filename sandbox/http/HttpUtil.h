// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>

#include <string>

namespace sandbox::http {

/// True for 127.0.0.0/8, ::1 and ::ffff:127.0.0.1 (test controls answer these only).
bool isLoopback(const std::string &address);
/// A JSON value written as PHP's json_encode writes it ("/" as "\/").
QByteArray phpJson(const QJsonValue &value);

} // namespace sandbox::http
