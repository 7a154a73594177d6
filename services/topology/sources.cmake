set(WF_SOURCES
    graph.h graph.cpp
    graphlayout.h graphlayout.cpp
    topologybuilder.h topologybuilder.cpp)
