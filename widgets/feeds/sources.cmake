set(WF_SOURCES
    incidentsmodel.h incidentsmodel.cpp
    componentsmodel.h componentsmodel.cpp
    feedspanel.h feedspanel.cpp)
