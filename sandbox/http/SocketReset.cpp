// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/SocketReset.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>

namespace sandbox {

namespace {
int portOf(const sockaddr_storage &a)
{
    if (a.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in &>(a).sin_port);
    if (a.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 &>(a).sin6_port);
    return -1;
}
} // namespace

bool resetConnection(int localPort, int remotePort)
{
    rlimit limit {};
    getrlimit(RLIMIT_NOFILE, &limit);
    const int maxFd = limit.rlim_cur > 65536 ? 65536 : int(limit.rlim_cur);
    for (int fd = 3; fd < maxFd; ++fd) {
        sockaddr_storage peer {}, local {};
        socklen_t peerLen = sizeof peer, localLen = sizeof local;
        if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLen) != 0)
            continue;
        if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLen) != 0)
            continue;
        if (portOf(peer) != remotePort || portOf(local) != localPort)
            continue;
        linger l {1, 0}; // close with RST, no FIN handshake
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
        shutdown(fd, SHUT_RDWR);
        return true;
    }
    return false;
}

} // namespace sandbox
