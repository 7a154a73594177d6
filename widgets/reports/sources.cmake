set(WF_SOURCES
    impactmodel.h impactmodel.cpp
    impactview.h impactview.cpp)
