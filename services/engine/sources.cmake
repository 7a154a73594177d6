set(WF_SOURCES
    engine.h engine.cpp
    gatewayverifier.h gatewayverifier.cpp)
