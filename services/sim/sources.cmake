set(WF_SOURCES
    scenario.h scenario.cpp
    scenarioclock.h scenarioclock.cpp
    faultplan.h faultplan.cpp
    providerapi.h providerapi.cpp
    simhttpserver.h simhttpserver.cpp
    simserver.h simserver.cpp
    simhost.h simhost.cpp
    drillgateway.h drillgateway.cpp
    drillconfig.h drillconfig.cpp
    drillsession.h drillsession.cpp)
