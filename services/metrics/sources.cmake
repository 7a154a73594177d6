set(WF_SOURCES
    metricsserver.h metricsserver.cpp
    prometheussource.h prometheussource.cpp)
