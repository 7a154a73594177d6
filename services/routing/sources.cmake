set(WF_SOURCES
    routingplan.h routingplan.cpp
    routingcontroller.h routingcontroller.cpp)
