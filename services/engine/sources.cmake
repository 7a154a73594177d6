set(WF_SOURCES
    engine.h engine.cpp)
