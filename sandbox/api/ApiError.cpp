// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiError.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

struct Template {
    QStringList argNames;
    QString text; // @NAME@ placeholders
};

// Codes, argument names and message texts as the api_v3 server defines them
// (KALTURA-API.md §2.1, §4.4, Appendix A; kaltura/server KalturaErrors / APIErrors).
const QHash<QString, Template> &templates()
{
    static const QHash<QString, Template> t = {
        {u"INTERNAL_SERVERL_ERROR"_s, {{}, u"Internal server error occurred"_s}},
        {u"MISSING_KS"_s, {{}, u"Missing KS, session not established"_s}},
        {u"INVALID_KS"_s,
            {{u"KSID"_s, u"ERR_CODE"_s, u"ERR_DESC"_s},
                u"Invalid KS \"@KSID@\", Error \"@ERR_CODE@,@ERR_DESC@\""_s}},
        {u"SERVICE_NOT_SPECIFIED"_s, {{}, u"Service name was not specified, please specify one"_s}},
        {u"SERVICE_DOES_NOT_EXISTS"_s,
            {{u"SRV_NAME"_s}, u"Service \"@SRV_NAME@\" does not exists"_s}},
        {u"ACTION_NOT_SPECIFIED"_s, {{}, u"Action name was not specified, please specify one"_s}},
        {u"ACTION_DOES_NOT_EXISTS"_s,
            {{u"ACTION_NAME"_s, u"SERVICE_NAME"_s},
                u"Action \"@ACTION_NAME@\" does not exists for service \"@SERVICE_NAME@\""_s}},
        {u"SERVICE_FORBIDDEN"_s,
            {{u"SERVICE"_s}, u"The access to service [@SERVICE@] is forbidden"_s}},
        {u"MISSING_MANDATORY_PARAMETER"_s,
            {{u"PARAM_NAME"_s}, u"Missing parameter \"@PARAM_NAME@\""_s}},
        {u"INVALID_ENUM_VALUE"_s,
            {{u"ENUM_VAL"_s, u"PARAM_NAME"_s, u"ENUM_TYPE"_s},
                u"Invalid enumeration value \"@ENUM_VAL@\" for parameter \"@PARAM_NAME@\", expecting enumeration type \"@ENUM_TYPE@\""_s}},
        {u"START_SESSION_ERROR"_s,
            {{u"PID"_s}, u"Error while starting session for partner [@PID@]"_s}},
        {u"INVALID_WIDGET_ID"_s, {{u"WIDGET_ID"_s}, u"Unknown widget [@WIDGET_ID@]"_s}},
        {u"PROPERTY_VALIDATION_NOT_UPDATABLE"_s,
            {{u"PROP_NAME"_s}, u"The property \"@PROP_NAME@\" cannot be updated"_s}},
        {u"PROPERTY_VALIDATION_CANNOT_BE_NULL"_s,
            {{u"PROP_NAME"_s}, u"The property \"@PROP_NAME@\" cannot be null"_s}},
        {u"OBJECT_TYPE_ABSTRACT"_s,
            {{u"OBJ_TYPE"_s},
                u"The object type \"@OBJ_TYPE@\" is abstract, use one of the object implementations"_s}},
        {u"PROPERTY_VALIDATION_MIN_LENGTH"_s,
            {{u"PROP_NAME"_s, u"MIN_LEN"_s},
                u"The property \"@PROP_NAME@\" must have a min length of @MIN_LEN@ characters"_s}},
        {u"PROPERTY_VALIDATION_MAX_LENGTH"_s,
            {{u"PROP_NAME"_s, u"MAX_LEN"_s},
                u"The property \"@PROP_NAME@\" cannot have more than @MAX_LEN@ characters"_s}},

        // --- app tokens, users ---------------------------------------------------------------
        {u"APP_TOKEN_ID_NOT_FOUND"_s, {{u"ID"_s}, u"Application token id \"@ID@\" not found"_s}},
        {u"APP_TOKEN_NOT_ACTIVE"_s, {{u"ID"_s}, u"Application token id \"@ID@\" not active"_s}},
        {u"APP_TOKEN_EXPIRED"_s, {{u"ID"_s}, u"Application token id \"@ID@\" expired"_s}},
        {u"INVALID_APP_TOKEN_HASH"_s, {{}, u"Invalid application token hash"_s}},
        {u"INVALID_PARTNER_ID"_s, {{u"PID"_s}, u"Invalid partner id \"@PID@\""_s}},
        {u"INVALID_FIELD_VALUE"_s,
            {{u"FIELD_NAME"_s}, u"value in field [@FIELD_NAME@] is not valid"_s}},
        {u"USER_NOT_FOUND"_s, {{}, u"User was not found"_s}},
        {u"USER_WRONG_PASSWORD"_s, {{}, u"Wrong password supplied"_s}},
        {u"INVALID_USER_ID"_s, {{}, u"Invalid user id"_s}},

        // --- entries, categories -------------------------------------------------------------
        {u"ENTRY_ID_NOT_FOUND"_s, {{u"ENTRY_ID"_s}, u"Entry id \"@ENTRY_ID@\" not found"_s}},
        {u"CATEGORY_NOT_FOUND"_s, {{u"ID"_s}, u"Category id \"@ID@\" not found"_s}},
        {u"PROPERTY_VALIDATION_ADMIN_PROPERTY"_s,
            {{u"PROP_NAME"_s},
                u"The property \"@PROP_NAME@\" is updatable with admin session only"_s}},
        {u"INVALID_ENTRY_SCHEDULE_DATES"_s, {{}, u"Invalid entry schedule dates"_s}},
        {u"QUERY_EXCEEDED_MAX_MATCHES_ALLOWED"_s,
            {{}, u"Unable to generate list. max matches value was reached"_s}},

        // --- upload tokens, content ----------------------------------------------------------
        {u"ENTRY_ALREADY_WITH_CONTENT"_s, {{}, u"Entry already associated with content"_s}},
        {u"UPLOADED_FILE_NOT_FOUND_BY_TOKEN"_s,
            {{}, u"The uploaded file was not found by the given token id, or was already used"_s}},
        {u"UPLOAD_TOKEN_NOT_FOUND"_s, {{}, u"Upload token not found"_s}},
        {u"UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD"_s,
            {{},
                u"Upload token is in an invalid status for uploading a file, maybe the file was already uploaded"_s}},
        {u"UPLOAD_TOKEN_INVALID_STATUS_FOR_ADD_ENTRY"_s,
            {{},
                u"Upload token is in an invalid status for adding entry, maybe the a file was not uploaded or the token was used"_s}},
        {u"UPLOAD_TOKEN_CANNOT_RESUME"_s,
            {{}, u"Cannot resume the upload, original file was not found"_s}},
        {u"UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE"_s,
            {{}, u"Failed to match expected file size"_s}},
        {u"UPLOAD_TOKEN_MISSING_FILE_SIZE"_s,
            {{}, u"FileSize is mandatory when enabling autoFinalize"_s}},
        {u"UPLOAD_PASSED_MAX_RESUME_TIME_ALLOWED"_s,
            {{u"MAX_RESUME_TIME"_s},
                u"Max resume time of @MAX_RESUME_TIME@ seconds reached, cannot resume upload"_s}},
        {u"UPLOAD_ERROR"_s, {{}, u"Upload failed"_s}},
        {u"ENTRY_REPLACEMENT_ALREADY_EXISTS"_s, {{}, u"Entry already in replacement"_s}},
        {u"RESOURCE_TYPE_NOT_SUPPORTED"_s,
            {{u"RES_TYPE"_s}, u"Resource type \"@RES_TYPE@\" not supported"_s}},

        // --- assets --------------------------------------------------------------------------
        {u"ENTRY_MEDIA_TYPE_NOT_SUPPORTED"_s,
            {{u"MEDIA_TYPE"_s}, u"Entry media type \"@MEDIA_TYPE@\" not supported"_s}},
        {u"ENTRY_TYPE_NOT_SUPPORTED"_s,
            {{u"ENTRY_TYPE"_s}, u"Entry type \"@ENTRY_TYPE@\" not supported"_s}},
        {u"INVALID_ENTRY_STATUS"_s, {{}, u"Invalid entry status"_s}},
        {u"FLAVOR_ASSET_ID_NOT_FOUND"_s, {{u"ID"_s}, u"Flavor asset id \"@ID@\" not found"_s}},
        {u"FLAVOR_ASSET_IS_NOT_READY"_s, {{}, u"The flavor asset is not ready"_s}},
        {u"FLAVOR_ASSET_RECONVERT_ORIGINAL"_s, {{}, u"Cannot reconvert original flavor asset"_s}},
        {u"ORIGINAL_FLAVOR_ASSET_IS_MISSING"_s, {{}, u"The original flavor asset is missing"_s}},
        {u"THUMB_ASSET_ID_NOT_FOUND"_s,
            {{u"ID"_s}, u"The Thumbnail asset id \"@ID@\" not found"_s}},
        {u"THUMB_ASSET_IS_NOT_READY"_s, {{}, u"The thumbnail asset is not ready"_s}},
        {u"THUMB_ASSET_IS_DEFAULT"_s,
            {{u"ASSET"_s}, u"Thumbnail asset \"@ASSET@\" is default and could not be deleted"_s}},
        {u"FILE_CONTENT_NOT_SECURE"_s, {{}, u"File content contains potential security risks"_s}},
    };
    return t;
}

} // namespace

ApiError::ApiError(const QString &code, const QStringList &values)
    : m_code(code)
{
    const auto it = templates().constFind(code);
    if (it == templates().cend()) {
        // A programming error in the sandbox: report it as the server's generic error.
        m_code = u"INTERNAL_SERVERL_ERROR"_s;
        m_message = templates().value(m_code).text;
    } else {
        m_message = it->text;
        for (qsizetype i = 0; i < it->argNames.size(); ++i) {
            const QString value = values.value(i);
            m_args.append({it->argNames.at(i), value});
            m_message.replace(u'@' + it->argNames.at(i) + u'@', value);
        }
    }
    m_what = (m_code + u": "_s + m_message).toUtf8();
}

QJsonObject ApiError::toJson() const
{
    QJsonObject o {{u"code"_s, m_code}, {u"message"_s, m_message},
        {u"objectType"_s, u"KalturaAPIException"_s}};
    if (m_args.isEmpty()) {
        o.insert(u"args"_s, QJsonArray()); // an empty PHP map serialises as []
    } else {
        QJsonObject args;
        for (const auto &[name, value] : m_args)
            args.insert(name, value);
        o.insert(u"args"_s, args);
    }
    return o;
}

} // namespace sandbox
