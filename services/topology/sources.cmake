set(WF_SOURCES
    graph.h graph.cpp
    topologybuilder.h topologybuilder.cpp)
