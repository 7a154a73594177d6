set(WF_SOURCES
    gatewaystatemodel.h gatewaystatemodel.cpp
    previewdialog.h previewdialog.cpp
    confirmdialog.h confirmdialog.cpp
    routingpanel.h routingpanel.cpp)
