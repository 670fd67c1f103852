# Installers: .deb and a tarball on Linux, NSIS on Windows, a drag-and-drop .dmg on macOS. The
# icons come from resources/icons/parley.svg through packaging/make-icons.sh.
include(GNUInstallDirs)

set(PARLEY_APP_ID "org.parley.Parley")
set(PARLEY_COPYRIGHT "Copyright (c) 2026 The Parley developers")

if(UNIX AND NOT APPLE)
    # Where Linux desktops look: the desktop entry, AppStream metadata, hicolor icons, the license.
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${PARLEY_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${PARLEY_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/packaging/linux/icons/hicolor
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/parley
        RENAME copyright)
else()
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION .)
endif()

# Windows and macOS: Qt's own libraries and plugins next to the app, through Qt's deployment API
# (Windows and macOS from Qt 6.4; Linux only from 6.5, and a .deb takes Qt from the system).
if(WIN32 OR APPLE)
    foreach(target parley parley-cli)
        # FILENAME_VARIABLE is the Qt 6.4 spelling (OUTPUT_SCRIPT from 6.5 on).
        qt_generate_deploy_app_script(
            TARGET ${target}
            FILENAME_VARIABLE deploy_script_${target}
            NO_UNSUPPORTED_PLATFORM_ERROR)
        install(SCRIPT ${deploy_script_${target}})
    endforeach()
endif()

set(CPACK_PACKAGE_NAME "parley")
set(CPACK_PACKAGE_VENDOR "The Parley developers")
set(CPACK_PACKAGE_CONTACT "Parley developers <dev@parley.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Native chat client for streaming LLM APIs")
set(CPACK_PACKAGE_DESCRIPTION
    "Parley streams replies from any OpenAI-compatible chat completions endpoint into a native \
Qt window, keeps API keys only in the system keychain, and comes with parley-cli, a console \
companion on the same core.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Parley")
set(CPACK_PACKAGE_EXECUTABLES "parley;Parley")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build.*/")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_NSIS_DISPLAY_NAME "Parley")
    set(CPACK_NSIS_PACKAGE_NAME "Parley")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/parley.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/packaging/windows/parley.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\parley.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    # A Start-menu shortcut, removed again by the uninstaller.
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Parley.lnk' '$INSTDIR\\\\bin\\\\parley.exe'")
    set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Parley.lnk'")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Parley")
    set(CPACK_DMG_FORMAT "UDZO")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    # The libraries' packages come from the binaries (dpkg-shlibdeps); what they load at run time
    # without linking comes here: the X11/Wayland platform plugins, SQLite for the history, a
    # Secret Service for the keychain, and fonts (Latin, Korean, emoji).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "qt6-qpa-plugins, libqt6sql6-sqlite, gnome-keyring | kwalletmanager | keepassxc, fonts-dejavu-core")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, fonts-noto-color-emoji, qt6-wayland")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
endif()

include(CPack)
