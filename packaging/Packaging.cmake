# SPDX-License-Identifier: GPL-3.0-or-later
# Installation layout and CPack packages (DEB + TGZ). Included from the top-level CMakeLists.txt
# after every target exists. Build a package:  cmake --preset release && cmake --build
# --preset release && cpack --config build-release/CPackConfig.cmake   (TOOLCHAIN.md §4)
include(GNUInstallDirs)

set(MINIKMC_APP_ID "io.github.minikmc")

install(TARGETS minikmc minikmc-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_CURRENT_LIST_DIR}/minikmc.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
    RENAME ${MINIKMC_APP_ID}.desktop)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${MINIKMC_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/minikmc.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${MINIKMC_APP_ID}.svg)

set(CPACK_PACKAGE_NAME "minikmc")
set(CPACK_PACKAGE_VENDOR "mini-KMC contributors")
set(CPACK_PACKAGE_CONTACT "mini-KMC maintainers <minikmc@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "mini-KMC is a desktop editor for the media of a Kaltura account: browse, edit, preview and \
upload entries. Includes minikmc-cli for scripting.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "video")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dlopen()ed at run time, so dpkg-shlibdeps cannot see them (merged with its result):
# the QSQLITE driver (upload journal), libsecret (QtKeychain), GStreamer demuxers/decoders for
# MP4 and HLS preview, and the SVG image/icon plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libsecret-1-0, gstreamer1.0-plugins-good, gstreamer1.0-plugins-bad, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, gstreamer1.0-libav")

include(CPack)
