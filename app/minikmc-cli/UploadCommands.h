// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "upload/UploadCalls.h"

#include <QStringList>

namespace minikmc::api {
class Client;
}

namespace minikmc::cli {

struct UploadCommandOptions {
    upload::UploadMetadata metadata; ///< name only with a single file
    int parallel = 4; ///< chunks in flight per file
    qint64 chunkSize = 0; ///< 0: adaptive
    bool json = false;
};

/// upload FILE…: queues the files in the journal and uploads them, a progress line on stderr.
/// Ctrl+C pauses (uploads --resume continues). Prints one line per file, or with --json
/// an array of {"file","entryId","uploadTokenId","size","status"[,"error"]}.
int upload(api::Client &client, const QStringList &files, const UploadCommandOptions &options);
/// uploads: the journal, all accounts (no sign-in needed).
int listUploads(bool json);
/// uploads --resume: continues this account's unfinished uploads from the server's offsets.
int resumeUploads(api::Client &client, const UploadCommandOptions &options);

} // namespace minikmc::cli
