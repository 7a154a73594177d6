set(WF_SOURCES
    incidentreport.h incidentreport.cpp
    reportbuilder.h reportbuilder.cpp
    reportsanitizer.h reportsanitizer.cpp
    reportrenderer.h reportrenderer.cpp
    impactanalyzer.h impactanalyzer.cpp
    impacttracker.h impacttracker.cpp
    customerupdate.h customerupdate.cpp)
