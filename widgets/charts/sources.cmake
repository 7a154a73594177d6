set(WF_SOURCES
    chartspanel.h chartspanel.cpp)
