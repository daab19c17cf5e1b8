# ui/shell: main window, navigation, status bar, connect dialog
target_sources(watchfloor_ui PRIVATE
    shell/embeddedtenant.h shell/embeddedtenant.cpp
    shell/errorbanner.h shell/errorbanner.cpp
    shell/connectdialog.h shell/connectdialog.cpp
    shell/devicecodepanel.h shell/devicecodepanel.cpp
    shell/mainwindow.h shell/mainwindow.cpp
)
