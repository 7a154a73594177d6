set(WF_SOURCES
    timelinecanvas.h timelinecanvas.cpp
    timelinepanel.h timelinepanel.cpp)
