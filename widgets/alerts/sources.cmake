set(WF_SOURCES
    alertsmodel.h alertsmodel.cpp
    ackdialog.h ackdialog.cpp
    silencedialog.h silencedialog.cpp
    alertspanel.h alertspanel.cpp
    alerttray.h alerttray.cpp)
