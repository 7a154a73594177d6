set(WF_SOURCES
    healthsettings.h
    nodetracker.h nodetracker.cpp
    latencywindow.h latencywindow.cpp
    availability.h availability.cpp
    healthstore.h healthstore.cpp
    healthengine.h healthengine.cpp)
