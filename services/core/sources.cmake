set(WF_SOURCES
    result.h
    logging.h logging.cpp
    version.h version.cpp
    healthstate.h healthstate.cpp
    settings.h
    clock.h clock.cpp)
