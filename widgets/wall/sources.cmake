set(WF_SOURCES
    wallsource.h wallsource.cpp
    healthwallsource.h healthwallsource.cpp
    walltile.h walltile.cpp
    wallview.h wallview.cpp
    wallmappage.h wallmappage.cpp
    wallzoompage.h wallzoompage.cpp
    wallwindow.h wallwindow.cpp)
