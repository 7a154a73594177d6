set(WF_SOURCES
    probesmodel.h probesmodel.cpp
    probespanel.h probespanel.cpp)
