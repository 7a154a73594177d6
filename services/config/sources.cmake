set(WF_SOURCES
    secretref.h secretref.cpp
    config.h config.cpp)
