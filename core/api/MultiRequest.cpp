// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/MultiRequest.h"

using namespace Qt::StringLiterals;

namespace minikmc::api {

int MultiRequest::add(const Call &call)
{
    m_calls.append(call);
    return int(m_calls.size() - 1);
}

QString MultiRequest::resultRef(int index, const QString &path)
{
    QString token = u"{%1:result"_s.arg(index + 1);
    if (!path.isEmpty())
        token += u':' + path;
    return token + u'}';
}

MultiReply::MultiReply(const MultiRequest &request)
    : Reply(request.calls())
{
}

QJsonValue MultiReply::resultAt(qsizetype index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index).result : QJsonValue();
}

Error MultiReply::errorAt(qsizetype index) const
{
    if (index < 0 || index >= m_items.size())
        return Error::parse(tr("no result for item %1").arg(index), {});
    return m_items.at(index).error;
}

qsizetype MultiReply::failedCount() const
{
    return std::count_if(m_items.cbegin(), m_items.cend(),
        [](const CallOutcome &item) { return !item.error.isOk(); });
}

Error MultiReply::interpretResult(const QJsonValue &result)
{
    Error error;
    m_items = ResponseParser::splitMultiRequest(result, calls().size(), &error);
    return error;
}

} // namespace minikmc::api
