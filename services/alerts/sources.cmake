set(WF_SOURCES
    alert.h alert.cpp
    alertstore.h alertstore.cpp
    alertengine.h alertengine.cpp
    webhooknotifier.h webhooknotifier.cpp
    desktopnotifier.h desktopnotifier.cpp)
