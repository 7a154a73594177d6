set(WF_SOURCES
    nodeitem.h nodeitem.cpp
    edgeitem.h edgeitem.cpp
    mapscene.h mapscene.cpp
    mappanel.h mappanel.cpp
    maplivestate.h maplivestate.cpp
    nodedetailpanel.h nodedetailpanel.cpp)
